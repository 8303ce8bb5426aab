import { createTheme } from '@mantine/core';

// Diskominfo blue; large radius and type for a touchscreen read from a metre away.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'system-ui, "Noto Sans", "Segoe UI", Roboto, sans-serif',
});
