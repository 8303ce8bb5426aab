import { createContext, useContext } from 'react';

/**
 * False while the kiosk's home waits hidden behind another screen (KioskHome.tsx). Its live reads
 * unsubscribe meanwhile: a check-in's change event then refetches and redraws nothing behind the
 * answer, and the home catches up when it shows again.
 */
export const HomeShown = createContext(true);

export const useHomeShown = (): boolean => useContext(HomeShown);
