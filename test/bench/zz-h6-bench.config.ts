import base from './playwright.bench.config';
export default { ...base, testMatch: ['bench.spec.ts', 'zz-h6-prof.spec.ts'], use: { ...base.use, baseURL: 'http://127.0.0.1:4196' }, webServer: undefined };
