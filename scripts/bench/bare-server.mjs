// Bare node:http server for PERF-2, run as its own process like the Next server.
import http from "node:http";

const server = http.createServer((_req, res) => {
  const body = JSON.stringify({ ok: true });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.listen(Number(process.env.PORT || 0), "127.0.0.1", () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
