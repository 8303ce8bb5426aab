-- Loket schema 13 (issue 11): the visitor services bring two permissions, the guest queue
-- (guests.serve) and complaints (complaints.handle). A kiosk made before them has the built-in roles
-- as they were then: its built-in roles gain what a new kiosk's have (shared/contract/permissions.ts),
-- so the officer, the Kasi and the administrator find the new tabs after the upgrade. Roles a site
-- made itself are left as they are.
UPDATE roles
SET permissions = (
  SELECT json_group_array(value) FROM (
    SELECT value FROM json_each(roles.permissions)
    UNION
    SELECT value FROM json_each(
      CASE roles.id
        WHEN 'petugas' THEN '["guests.serve","complaints.handle"]'
        WHEN 'admin' THEN '["guests.serve","complaints.handle"]'
        WHEN 'kasi' THEN '["complaints.handle"]'
      END
    )
  )
)
WHERE built_in = 1 AND id IN ('petugas', 'admin', 'kasi');
