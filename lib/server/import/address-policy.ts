// Which network addresses URL import may reach: public unicast only. Loopback, private,
// link-local (cloud metadata), CGNAT, multicast and reserved ranges are refused, including
// IPv4 addresses embedded in IPv6 (mapped, NAT64, 6to4), and the deprecated IPv4-compatible
// (::a.b.c.d, which URL parsing writes ::7f00:1) and IPv4-translated (::ffff:0:a.b.c.d) forms.
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15],
  ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  // 64:ff9b:1::/48 is local-use NAT64, never a public destination.
  ["::", 128], ["::1", 128], ["64:ff9b:1::", 48], ["100::", 64], ["2001:db8::", 32], ["2001::", 23], ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8],
] as const) blocked.addSubnet(net, prefix, "ipv6");

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted quad becomes two). */
function hextets(address: string): number[] {
  let text = address.toLowerCase();
  const quad = text.match(/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((h) => parseInt(h, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** The IPv4 address an IPv6 address stands for, in every form that carries one, else null. */
function embeddedIpv4(address: string): string | null {
  const h = hextets(address);
  const zeros = (from: number, to: number) => h.slice(from, to).every((x) => x === 0);
  // ::a.b.c.d (IPv4-compatible, which also covers :: and ::1), ::ffff:a.b.c.d (mapped),
  // ::ffff:0:a.b.c.d (translated), 64:ff9b::a.b.c.d (NAT64).
  if (zeros(0, 6)) return v4(h[6], h[7]);
  if (zeros(0, 5) && h[5] === 0xffff) return v4(h[6], h[7]);
  if (zeros(0, 4) && h[4] === 0xffff && h[5] === 0) return v4(h[6], h[7]);
  if (h[0] === 0x64 && h[1] === 0xff9b && zeros(2, 6)) return v4(h[6], h[7]);
  // 2002:aabb:ccdd::/48 (6to4) carries aa.bb.cc.dd.
  if (h[0] === 0x2002) return v4(h[1], h[2]);
  return null;
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, "ipv4");
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return !blocked.check(v4, "ipv4");
    return !blocked.check(address, "ipv6");
  }
  return false;
}
