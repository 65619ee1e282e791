// Builds a page's `generateMetadata` so its <title> follows the interface language.
import "server-only";
import type { Metadata } from "next";
import { getLocale } from "./server";
import { pageTitles, type PageTitleKey } from "./messages/page-titles";

export function localizedMetadata(key: PageTitleKey, extra: Omit<Metadata, "title"> = {}): () => Promise<Metadata> {
  return async () => ({ ...extra, title: pageTitles[await getLocale()][key] });
}
