export type { MailBrand, MailLocale, RenderedMail } from './brand'
export { giftCardMail, passwordResetMail } from './customer-mails'
export { orderConfirmationMail, refundMail, saleNotificationMail } from './order-mails'
export type { GiftCardNotice, PasswordResetNotice, PaymentMethod, Receipt, ReceiptLine, RefundNotice, StoreCreditCode } from './receipt'
