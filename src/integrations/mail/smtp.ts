/**
 * Sends the digest by SMTP with nodemailer (the de-facto Node mail library): one message with an
 * HTML part and a plain-text alternative. STARTTLS is used whenever the server offers it;
 * `secure` means TLS from the first byte (port 465).
 */
import nodemailer from "nodemailer";
import { TellerrandError } from "../../domain/errors.js";

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  from: string;
  to: readonly string[];
}

export interface MailMessage {
  subject: string;
  html: string;
  text: string;
}

export interface SendOptions {
  /** Refuse servers without TLS on the wire (default true unless the host is loopback). */
  requireTls?: boolean;
  /** Accept self-signed certificates (loopback tests only). */
  allowSelfSigned?: boolean;
  timeoutMs?: number;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

/** Checks that the settings can send; names the config field that is missing. */
export function checkSmtp(settings: SmtpSettings): void {
  const missing = (field: string) =>
    new TellerrandError("config", `digest.smtp.${field} is not set: cannot send the digest`);
  if (settings.host === "") throw missing("host");
  if (settings.from === "") throw missing("from");
  if (settings.to.length === 0) throw missing("to");
}

/**
 * Sends one message; resolves with the server's message id and the accepted recipients.
 *
 * @example
 * await sendMail(config.digest.smtp, { subject: "Digest", html, text });
 */
export async function sendMail(
  settings: SmtpSettings,
  message: MailMessage,
  options: SendOptions = {},
): Promise<{ messageId: string; accepted: string[] }> {
  checkSmtp(settings);
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: options.requireTls ?? !isLoopback(settings.host),
    ...(settings.user === "" ? {} : { auth: { user: settings.user, pass: settings.password } }),
    tls: { rejectUnauthorized: !(options.allowSelfSigned ?? false) },
    connectionTimeout: options.timeoutMs ?? 20_000,
    greetingTimeout: options.timeoutMs ?? 20_000,
    socketTimeout: options.timeoutMs ?? 20_000,
  });
  try {
    const info = await transport.sendMail({
      from: settings.from,
      to: [...settings.to],
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    return {
      messageId: String(info.messageId),
      accepted: (info.accepted as Array<string | { address: string }>).map((a) =>
        typeof a === "string" ? a : a.address,
      ),
    };
  } catch (error) {
    throw new TellerrandError(
      "config",
      `sending the digest via ${settings.host}:${settings.port} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    transport.close();
  }
}
