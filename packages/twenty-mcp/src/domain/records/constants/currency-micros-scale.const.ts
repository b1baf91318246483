// Twenty stores currency amounts in micros: 1 unit = 10^6 micros.
export const CURRENCY_MICROS_SCALE = 6;
