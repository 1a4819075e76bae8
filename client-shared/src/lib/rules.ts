// The validation vocabulary shared with the server: limits, patterns and normalisers. The one
// copy lives in the server's source (dependency-free, see there); each client's Vite compiles it.
export * from '../../../server/src/core/validation/rules';
