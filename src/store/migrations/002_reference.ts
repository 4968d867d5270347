import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.ts';

/** The imported SIPRI reference: what was imported, its deals, and their deliveries by year. */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('reference_imports')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('shape', 'text', (c) => c.notNull())
    .addColumn('generated', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('deal_count', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reference_deals')
    .addColumn('deal_id', 'text', (c) => c.primaryKey())
    .addColumn('supplier', 'text', (c) => c.notNull())
    .addColumn('supplier_name', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('designation', 'text', (c) => c.notNull())
    .addColumn('designation_key', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('order_year', 'integer')
    .addColumn('order_year_estimated', 'integer', (c) => c.notNull())
    .addColumn('quantity_ordered', 'double precision')
    .addColumn('quantity_ordered_estimated', 'integer', (c) => c.notNull())
    .addColumn('quantity_delivered', 'double precision')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comments', 'text')
    .addColumn('tiv_per_unit', 'double precision')
    .addColumn('tiv_total', 'double precision')
    .addColumn('tiv_delivered', 'double precision')
    .addColumn('local_production', 'integer')
    .execute();
  await db.schema.createIndex('reference_deals_supplier').on('reference_deals').column('supplier').execute();
  await db.schema
    .createIndex('reference_deals_recipient')
    .on('reference_deals')
    .column('recipient')
    .execute();
  await db.schema.createIndex('reference_deals_category').on('reference_deals').column('category').execute();
  await db.schema
    .createIndex('reference_deals_designation')
    .on('reference_deals')
    .column('designation_key')
    .execute();
  await db.schema
    .createIndex('reference_deals_order_year')
    .on('reference_deals')
    .column('order_year')
    .execute();

  await db.schema
    .createTable('reference_deliveries')
    .addColumn('deal_id', 'text', (c) =>
      c.notNull().references('reference_deals.deal_id').onDelete('cascade'),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'double precision')
    .addColumn('tiv', 'double precision')
    .addColumn('estimated', 'integer', (c) => c.notNull())
    .addColumn('tiv_attributed', 'double precision', (c) => c.notNull())
    .addColumn('supplier', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reference_deliveries_pk', ['deal_id', 'year'])
    .execute();
  await db.schema
    .createIndex('reference_deliveries_shares')
    .on('reference_deliveries')
    .columns(['year', 'supplier', 'recipient'])
    .execute();
}
