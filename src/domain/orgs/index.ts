export {
  type CanonicalOrganization,
  canonicalOrganization,
  SELF_EMPLOYED_KEY,
} from "./canonical.js";
