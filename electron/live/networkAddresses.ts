import type { NetworkInterfaceInfo } from 'node:os';
import type { LiveAddress } from '../../shared/host/liveSchemas';

/**
 * The addresses this machine could serve a session on, as `os.networkInterfaces()` lists them:
 * loopback first (this machine only, the safe default), then IPv4 (what people type), then
 * IPv6. Link-local IPv6 addresses are left out: a browser cannot open them without the
 * interface's zone, which addresses in links do not carry.
 */
export function liveAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): LiveAddress[] {
  const found: LiveAddress[] = [];
  for (const [interfaceName, entries] of Object.entries(interfaces))
    for (const entry of entries ?? []) {
      const family = entry.family === 'IPv6' ? 'IPv6' : 'IPv4';
      if (family === 'IPv6' && /^fe[89ab]/i.test(entry.address)) continue;
      if (found.some((known) => known.address === entry.address)) continue;
      found.push({ address: entry.address, family, internal: entry.internal, interfaceName });
    }
  const rank = (address: LiveAddress) =>
    (address.internal ? 0 : 2) + (address.family === 'IPv4' ? 0 : 1);
  // Sorting is stable: within a rank the system's own order is kept.
  return found.sort((a, b) => rank(a) - rank(b));
}

/** The address as written in a URL: IPv6 in brackets. */
export function hostInUrl(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}
