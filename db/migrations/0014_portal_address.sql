-- Loket schema 14: the address visitors' phones reach the portal at, as the server said when the
-- kiosk joined (its LOKET_PUBLIC_URL), when that is not the address the kiosk syncs with. The QR codes
-- a kiosk shows or prints for phones (a service's page, a survey, a complaint's status) use it.
ALTER TABLE sync_state ADD COLUMN public_url TEXT;
