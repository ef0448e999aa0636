export declare const DEFAULT_CHROMIUM_PATH: string;

type Env = Record<string, string | undefined>;
export type Prerequisite = 'chromium' | 'poppler';

export interface MissingPrerequisite {
  name: string;
  aptPackage: string;
}

export declare function chromiumPath(env: Env): string;

export declare function missingPrerequisites(options: {
  env: Env;
  exists(path: string): boolean;
  which(command: string): string | null;
  needs?: Prerequisite[];
}): MissingPrerequisite[];

export declare function prerequisitesMessage(missing: MissingPrerequisite[]): string;

export declare function findOnPath(
  command: string,
  options: {
    env: Env;
    platform: string;
    isFile(path: string): boolean;
    delimiter: string;
    join(...parts: string[]): string;
  },
): string | null;
