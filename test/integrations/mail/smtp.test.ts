import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSmtp, type SmtpSettings, sendMail } from "../../../src/integrations/mail/smtp.js";

/** A loopback SMTP server that records what it receives and checks the login. */
const received: Array<{ from: string; to: string[]; raw: string; user?: string }> = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: true,
    onAuth(auth, _session, cb) {
      if (auth.username === "digest" && auth.password === "s3cret") cb(null, { user: "digest" });
      else cb(new Error("bad login"));
    },
    onData(stream, session, cb) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...(typeof session.user === "string" ? { user: session.user } : {}),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const base = (): SmtpSettings => ({
  host: "127.0.0.1",
  port,
  secure: false,
  user: "digest",
  password: "s3cret",
  from: "Tellerrand <me@example.org>",
  to: ["me@example.org"],
});

describe("SMTP sending against a loopback server", () => {
  it("delivers one message with HTML and text parts, logged in", async () => {
    const r = await sendMail(base(), {
      subject: "Your digest",
      html: '<p style="color:#222">Hallo Welt – ümlaut</p>',
      text: "Hallo Welt – ümlaut",
    });
    expect(r.accepted).toEqual(["me@example.org"]);
    const msg = received.at(-1);
    expect(msg?.user).toBe("digest");
    expect(msg?.from).toBe("me@example.org");
    expect(msg?.raw).toMatch(/Subject: Your digest/);
    expect(msg?.raw).toMatch(/multipart\/alternative/);
    expect(msg?.raw).toMatch(/text\/html/);
  });

  it("reports a refused login as a clear error", async () => {
    await expect(
      sendMail({ ...base(), password: "wrong" }, { subject: "x", html: "x", text: "x" }),
    ).rejects.toThrow(/sending the digest via 127\.0\.0\.1:\d+ failed/);
  });

  it("names the missing config field", () => {
    expect(() => checkSmtp({ ...base(), host: "" })).toThrow(/digest\.smtp\.host/);
    expect(() => checkSmtp({ ...base(), to: [] })).toThrow(/digest\.smtp\.to/);
  });
});
