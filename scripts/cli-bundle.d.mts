export declare const CLI_ENTRY: string;
export declare function bundleCli(outdir: string, options?: { logLevel?: 'warning' | 'error' | 'silent' }): Promise<string>;
