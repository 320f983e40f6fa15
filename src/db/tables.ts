import type { Generated } from "kysely";

/** Kysely's view of the store. Column names are snake_case, as in the SQL. */
export interface Database {
  schema_migrations: { version: number; name: string; applied_at: string };
  snapshots: {
    id: Generated<number>;
    source: string;
    variant: string;
    export_date: string | null;
    content_hash: string;
    as_of: string;
    imported_at: string;
    stats: string;
  };
  organizations: {
    key: string;
    name: string;
    self_employed: number;
    industry: string | null;
  };
  contacts: {
    id: Generated<number>;
    identity: string;
    name_identity: string;
    first_name: string | null;
    last_name: string | null;
    url: string | null;
    email: string | null;
    connected_on: string;
    first_snapshot_id: number;
    last_snapshot_id: number;
    ended_snapshot_id: number | null;
  };
  contact_roles: {
    id: Generated<number>;
    contact_id: number;
    company: string | null;
    org_key: string | null;
    position: string | null;
    job_function: string;
    seniority: string;
    confidence: number;
    from_snapshot_id: number;
    to_snapshot_id: number | null;
  };
  profile: {
    id: number;
    first_name: string | null;
    last_name: string | null;
    headline: string | null;
    summary: string | null;
    industry: string | null;
    geo_location: string | null;
  };
  own_positions: {
    id: Generated<number>;
    company_name: string;
    org_key: string | null;
    title: string | null;
    description: string | null;
    location: string | null;
    started_on: string | null;
    finished_on: string | null;
  };
  education: {
    id: Generated<number>;
    school_name: string;
    start_date: string | null;
    end_date: string | null;
    degree_name: string | null;
    notes: string | null;
    activities: string | null;
  };
  skills: { name: string };
  languages: { name: string; proficiency: string | null };
  certifications: {
    id: Generated<number>;
    name: string;
    url: string | null;
    authority: string | null;
    started_on: string | null;
    finished_on: string | null;
    license_number: string | null;
  };
  invitations: {
    id: Generated<number>;
    sender: string | null;
    recipient: string | null;
    sent_at: string;
    message: string | null;
    direction: string;
    inviter_profile_url: string | null;
    invitee_profile_url: string | null;
  };
  messages: {
    id: Generated<number>;
    fingerprint: string;
    conversation_id: string | null;
    conversation_title: string | null;
    sender: string | null;
    sender_profile_url: string | null;
    recipients: string | null;
    recipient_profile_urls: string | null;
    sent_at: string;
    subject: string | null;
    content: string | null;
    folder: string | null;
    direction: string | null;
    is_draft: number;
  };
  shares: {
    id: Generated<number>;
    fingerprint: string;
    shared_at: string;
    share_link: string | null;
    commentary: string | null;
    shared_url: string | null;
    media_url: string | null;
    visibility: string | null;
  };
  comments: {
    id: Generated<number>;
    fingerprint: string;
    commented_at: string | null;
    link: string | null;
    message: string | null;
  };
  reactions: {
    id: Generated<number>;
    fingerprint: string;
    reacted_at: string;
    type: string;
    link: string | null;
  };
  company_follows: { organization: string; followed_on: string | null };
  endorsements_received: {
    id: Generated<number>;
    fingerprint: string;
    endorsed_at: string | null;
    skill_name: string;
    endorser_first_name: string | null;
    endorser_last_name: string | null;
    endorser_profile_url: string | null;
    status: string | null;
  };
  recommendations_received: {
    id: Generated<number>;
    fingerprint: string;
    first_name: string | null;
    last_name: string | null;
    company: string | null;
    job_title: string | null;
    text: string | null;
    created_at: string | null;
    status: string | null;
  };
  feeds: {
    id: Generated<number>;
    url: string;
    site_url: string | null;
    title: string | null;
    kind: string;
    org_key: string | null;
    paused: Generated<number>;
    paused_reason: string | null;
    etag: string | null;
    last_modified: string | null;
    last_fetched_at: string | null;
    next_check_at: string | null;
    error_count: Generated<number>;
    last_error: string | null;
    created_at: string;
  };
  feed_tags: { feed_id: number; tag: string };
  /** The person's marks on contacts (migration 003): keep | reconnect | let-go. */
  contact_marks: {
    contact_id: number;
    mark: string;
    note: string | null;
    marked_at: string;
  };
  articles: {
    id: Generated<number>;
    feed_id: number | null;
    guid: string | null;
    url: string | null;
    canonical_url: string | null;
    content_hash: string;
    title: string | null;
    /** JSON array of strings. */
    authors: string;
    /** JSON array of strings. */
    categories: string;
    /** JSON array of `{ url, type, length }`. */
    enclosures: string;
    published_at: string | null;
    updated_at: string | null;
    sort_at: string;
    summary_text: string | null;
    content_text: string | null;
    content_html: string | null;
    word_count: number;
    lang: string | null;
    starred: Generated<number>;
    read: Generated<number>;
    hidden: Generated<number>;
    fetched_at: string;
  };
  publishing_drafts: {
    id: Generated<number>;
    source: string;
    article_id: number | null;
    comment: Generated<string>;
    url: string | null;
    title: string | null;
    description: string | null;
    image_url: string | null;
    origin: string | null;
    created_at: string;
  };
  publishing_accounts: {
    id: Generated<number>;
    network: string;
    handle: string;
    service_url: string | null;
    /** Encrypted JSON (see services/publishing/vault.ts). */
    secrets: string;
    expires_at: string | null;
    created_at: string;
    updated_at: string;
  };
  outbox_entries: {
    id: Generated<number>;
    draft_id: number;
    network: string;
    idempotency_key: string;
    text: string;
    state: string;
    /** JSON RoutingVerdict. */
    verdict: string;
    forced: Generated<number>;
    scheduled_at: string | null;
    attempts: Generated<number>;
    send_started_at: string | null;
    remote_id: string | null;
    remote_url: string | null;
    failure_kind: string | null;
    last_error: string | null;
    published_at: string | null;
    created_at: string;
    updated_at: string;
  };
  outbox_attempts: {
    id: Generated<number>;
    entry_id: number;
    started_at: string;
    finished_at: string | null;
    outcome: string | null;
    http_status: number | null;
    message: string | null;
  };
  article_analysis: {
    article_id: number;
    model_version: string;
    lang: string | null;
    political_partisan: number;
    political_strict: number;
    partisan_reasons: Generated<string>;
    strict_reasons: Generated<string>;
    private: number;
    private_reasons: Generated<string>;
    topics: Generated<string>;
    words_key: string | null;
    words_match: string | null;
    analysed_at: string;
    rank_data: Uint8Array | null;
  };
  topic_concepts: {
    id: number;
    concept: string;
  };
  article_feedback: {
    id: Generated<number>;
    article_id: number;
    action: string;
    at: string;
  };
  digest_runs: {
    id: Generated<number>;
    created_at: string;
    since: string;
    article_ids: string;
    kinds: string;
    sent: Generated<number>;
  };
  /** People imported as discovery candidates (migration 006). */
  discovery_candidates: {
    id: Generated<number>;
    key: string;
    name: string;
    title: string | null;
    company: string | null;
    org_key: string | null;
    url: string | null;
    note: string | null;
    source_file: string;
    imported_at: string;
  };
}
