// Officer's desk strings for the visits board, history and rules settings (Bahasa Indonesia).
export const deskId = {};
