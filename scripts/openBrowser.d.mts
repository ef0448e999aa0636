export declare function browserCommand(
  url: string,
  options: { platform: string; env: Record<string, string | undefined> },
): { command: string; args: string[]; verbatimArguments?: boolean } | null;
