// Does a Kafka broker answer on host:port? Sends one ApiVersions request (API key 18, version 0) and checks the
// reply carries its correlation id: exit 0 if so, 1 otherwise. Used when the port is taken by a process this
// checkout did not start (a broker from another checkout of careledger, or a council's own).
import { connect } from 'node:net';

const [host, port] = [process.argv[2] ?? '127.0.0.1', Number(process.argv[3] ?? 19092)];
const clientId = Buffer.from('careledger-probe');
const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length);
body.writeInt16BE(18, 0);
body.writeInt16BE(0, 2);
body.writeInt32BE(0x0c1ed9e5, 4);
body.writeInt16BE(clientId.length, 8);
clientId.copy(body, 10);
const size = Buffer.alloc(4);
size.writeInt32BE(body.length, 0);

const socket = connect({ host, port, timeout: 3000 }, () => socket.write(Buffer.concat([size, body])));
let reply = Buffer.alloc(0);
const done = (ok) => { socket.destroy(); process.exit(ok ? 0 : 1); };
socket.on('data', (chunk) => {
  reply = Buffer.concat([reply, chunk]);
  if (reply.length >= 8) done(reply.readInt32BE(4) === 0x0c1ed9e5);
});
socket.on('timeout', () => done(false));
socket.on('error', () => done(false));
socket.on('end', () => done(false));
