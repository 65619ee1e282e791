// The request header proxy.ts sets to the page path (lib/i18n/server.ts reads it). Its own
// module: the proxy must not import the server-only locale reader (it needs the database).
export const PATH_HEADER = "x-aq-path";
