import type { Kysely } from 'kysely';

/**
 * The youth exchange (issue 6): guardian consent, vetted facilitators, youth profiles, matched
 * circles, moderated circle messages, reports, blocks and culture kits. Personal data (profiles,
 * consents) sits apart from activity (messages, reports), so an account can be exported, deleted or
 * anonymised: deleting a user cascades to personal rows and sets authored activity to null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A young person's request that a guardian consents; the mailed token is stored hashed, single-use.
  await db.schema
    .createTable('youth_consent_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('guardian_email', 'text', (c) => c.notNull())
    .addColumn('guardian_name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('youth_consent_requests_user')
    .on('youth_consent_requests')
    .columns(['user_id', 'created_at'])
    .execute();

  // A guardian's decision, with what the law of the child's city asks to be recorded.
  await db.schema
    .createTable('youth_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) =>
      c.notNull().references('youth_consent_requests.id').onDelete('cascade'),
    )
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('guardian_email', 'text', (c) => c.notNull())
    .addColumn('guardian_name', 'text', (c) => c.notNull())
    .addColumn('relationship', 'text', (c) => c.notNull())
    .addColumn('verification', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'text')
    .addColumn('verified_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('consent_age', 'integer', (c) => c.notNull())
    .addColumn('guardian_token_hash', 'text', (c) => c.unique())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema.createIndex('youth_consents_user').on('youth_consents').column('user_id').execute();

  // Vetting of a facilitator by a coordinator (criminal record extract, references...).
  await db.schema
    .createTable('youth_facilitator_vetting')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('vetted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('vetted_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addPrimaryKeyConstraint('youth_facilitator_vetting_pk', ['user_id', 'city_id'])
    .execute();

  await db.schema
    .createTable('youth_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('native_languages', 'text', (c) => c.notNull())
    .addColumn('learning', 'text', (c) => c.notNull())
    .addColumn('interests', 'text', (c) => c.notNull())
    .addColumn('availability', 'text', (c) => c.notNull())
    .addColumn('preferred_circle_size', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('youth_circles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'text')
    .addColumn('age_band', 'text', (c) => c.notNull())
    .addColumn('city_ids', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('shared_windows', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();

  await db.schema
    .createTable('youth_circle_members')
    .addColumn('circle_id', 'text', (c) => c.notNull().references('youth_circles.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    .addPrimaryKeyConstraint('youth_circle_members_pk', ['circle_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('youth_circle_members_user')
    .on('youth_circle_members')
    .column('user_id')
    .execute();

  // Only the masked text is stored when a minor is involved: the original never reaches anyone.
  await db.schema
    .createTable('youth_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull().references('youth_circles.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_city_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('masked', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('report_count', 'integer', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('youth_messages_circle')
    .on('youth_messages')
    .columns(['circle_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('youth_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.references('youth_circles.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.references('youth_messages.id').onDelete('cascade'))
    .addColumn('reported_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reporter_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decision', 'text')
    .addUniqueConstraint('youth_reports_once', ['message_id', 'reporter_id'])
    .execute();

  await db.schema
    .createTable('youth_blocks')
    .addColumn('blocker_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('blocked_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('youth_blocks_pk', ['blocker_id', 'blocked_id'])
    .execute();

  // Culture kits: phrase cards and culture notes, texts in the multilingual content model (JSON).
  await db.schema
    .createTable('youth_kit_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hangul', 'text')
    .addColumn('romanization', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('youth_kit_learned')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('youth_kit_items.id').onDelete('cascade'))
    .addColumn('learned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('youth_kit_learned_pk', ['user_id', 'item_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'youth_kit_learned',
    'youth_kit_items',
    'youth_blocks',
    'youth_reports',
    'youth_messages',
    'youth_circle_members',
    'youth_circles',
    'youth_profiles',
    'youth_facilitator_vetting',
    'youth_consents',
    'youth_consent_requests',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
