export declare const INSTALL_CHROMIUM: string;
export declare const INSTALL_XVFB: string;
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null;
export declare function missingChromiumMessage(env?: NodeJS.ProcessEnv): string;
export declare const isRoot: () => boolean;
export declare function headedLaunchOptions(options?: { sandbox?: boolean }): {
  chromiumSandbox: boolean;
  args: string[];
};
