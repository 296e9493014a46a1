// A pass-through between the Agents Playground and the bot's /api/messages that appends each activity it forwards to
// a JSON-lines file, so the driver can answer the channel's daily card as other members (the Playground has one user).
'use strict';
const http = require('http');
const fs = require('fs');

const [listenPort, target, logFile] = process.argv.slice(2);
if (!listenPort || !target || !logFile) {
  console.error('usage: node proxy.js <port> <bot base url> <activities.jsonl>');
  process.exit(2);
}

const upstream = new URL(target);
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.method === 'POST' && body.length > 0) {
      fs.appendFileSync(logFile, body.toString('utf8').replace(/\r?\n/g, ' ') + '\n');
    }

    const headers = { ...req.headers, host: upstream.host, 'content-length': body.length };
    const forward = http.request({ hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers }, answer => {
      res.writeHead(answer.statusCode || 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', e => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: the bot did not answer (${e.message})`);
    });
    forward.end(body);
  });
}).listen(Number(listenPort), '127.0.0.1', () => console.log(`proxy on ${listenPort} -> ${target}`));
