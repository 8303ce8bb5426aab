// One statement on a PostgreSQL server as its own short connection: CREATE and DROP DATABASE cannot
// run inside a pool's transaction. Plain `pg`, so the e2e suite and the benches use it too.
import pg from 'pg';

export async function pgAdmin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
