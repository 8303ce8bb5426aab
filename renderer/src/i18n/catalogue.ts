import type { id } from './id';

export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Every language has exactly the keys of the Indonesian catalogue. */
export type Catalogue = Widen<typeof id>;
