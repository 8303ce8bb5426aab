import type { deskId } from './id';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type DeskCatalogue = Widen<typeof deskId>;
