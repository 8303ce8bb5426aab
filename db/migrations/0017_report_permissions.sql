-- Loket schema 17 (issue 12): the inventory and the reviewed reports bring four permissions. As in
-- schema 13, a kiosk made before them gains them on its built-in roles (shared/contract/permissions.ts):
-- the officer keeps the inventory and prepares the reports, the Kasi reviews them, the Kabid receives
-- them. Roles a site made itself are left as they are.
UPDATE roles
SET permissions = (
  SELECT json_group_array(value) FROM (
    SELECT value FROM json_each(roles.permissions)
    UNION
    SELECT value FROM json_each(
      CASE roles.id
        WHEN 'petugas' THEN '["inventory.manage","recaps.prepare"]'
        WHEN 'admin' THEN '["inventory.manage","recaps.prepare","recaps.review","recaps.receive"]'
        WHEN 'kasi' THEN '["recaps.review"]'
        WHEN 'kabid' THEN '["recaps.receive"]'
      END
    )
  )
)
WHERE built_in = 1 AND id IN ('petugas', 'admin', 'kasi', 'kabid');
