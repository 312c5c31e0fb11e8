// The type check reads @types/nodemailer, whose SES transport imports the whole AWS SES SDK's
// types: about 540 of the 2,500 files tsc reads, for a transport this app never uses (it sends
// by SMTP). tsconfig's `paths` points that import here instead (decision 076).
export interface SendEmailRequest {
  [key: string]: unknown;
}
export declare class SESv2Client {}
export declare class SendEmailCommand {}
