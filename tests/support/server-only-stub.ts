// Stub: lets Vitest import modules guarded by 'server-only'.
export {};
