// SEC-10: URL import reaches public unicast addresses only, whatever IPv6 spelling hides an
// IPv4 loopback or private address (as URL parsing normalises it inside brackets).
import { describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/server/import/address-policy";

const host = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, "");

describe("SEC-10 address policy for URL import", () => {
  it("refuses IPv4-compatible, IPv4-translated, 6to4 and NAT64 forms of private addresses", () => {
    for (const url of [
      "http://[::127.0.0.1]/",
      "http://[::ffff:0:127.0.0.1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://[::10.0.0.1]/",
      "http://[::ffff:0:169.254.169.254]/",
      "http://[2002:7f00:1::]/",
      "http://[2002:a9fe:a9fe::1]/",
      "http://[64:ff9b::127.0.0.1]/",
      "http://[64:ff9b:1::8.8.8.8]/",
      "http://[::]/",
      "http://[::1]/",
    ]) {
      expect(isPublicAddress(host(url)), url).toBe(false);
    }
  });

  it("still allows public addresses in those forms", () => {
    for (const a of ["8.8.8.8", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "2606:4700::6810:85e5"]) expect(isPublicAddress(a), a).toBe(true);
  });
});
