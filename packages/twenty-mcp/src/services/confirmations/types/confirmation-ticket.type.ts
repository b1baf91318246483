// What a first-phase call hands out: the token to send back, and until when.
export type ConfirmationTicket = {
  token: string;
  expiresAt: Date;
};
