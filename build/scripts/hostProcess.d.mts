export declare const HOST_ENTRY: string;
export declare const HOST_NODE_OPTIONS: readonly string[];
export declare const hostArgs: (entry?: string) => string[];
