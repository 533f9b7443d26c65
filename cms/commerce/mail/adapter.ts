import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

/**
 * SMTP_URL (smtp://user:pass@host:587) sends real mail. Without it nothing leaves the machine:
 * nodemailer's JSON transport swallows the message, and the copy kept in the outbox collection
 * is what the demo shows.
 */
export function mailAdapter(env: NodeJS.ProcessEnv = process.env) {
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM_ADDRESS ?? 'no-reply@vitrine.localhost',
    defaultFromName: env.MAIL_FROM_NAME ?? 'Vitrine',
    skipVerify: true,
    transport: env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true }),
  })
}
