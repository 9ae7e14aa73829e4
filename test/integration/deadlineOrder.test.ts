import { describe, expect, it } from "vitest";
import { Consultation } from "../../shared/api/consultations";
import { ConsultationStatus } from "../../shared/api/submissions";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { api, startServer, type TestServer } from "../helpers/startServer";

const CONSULTATION = `/api/consultations/${DEMO_CONSULTATION_ID}`;
const EXTENSION = `${CONSULTATION}/organisations/open-networks/extension`;

const consultationOf = async (server: TestServer) => Consultation.parse(await (await api(server, CONSULTATION, { as: "coordinator" })).json());
const auditCount = async (server: TestServer, action: string) =>
  ((await (await api(server, `/api/audit?action=${action}`, { as: "coordinator" })).json()) as { events: unknown[] }).events.length;
/** The local minute `minutes` after `utc`, in UTC, as a deadline body states it. */
const utcLocal = (utc: string, minutes: number) => new Date(new Date(utc).getTime() + minutes * 60_000).toISOString().slice(0, 16);

describe("deadlines keep their order", () => {
  it("refuses an internal deadline later than the official one, changing and auditing nothing", async () => {
    const server = await startServer();
    const before = await consultationOf(server);
    const patch = (body: unknown) => api(server, CONSULTATION, { as: "coordinator", method: "PATCH", body: JSON.stringify(body) });

    const refused = await patch({ internalDeadline: { local: utcLocal(before.deadline.utc, 60), timeZone: "UTC" } });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "deadline_order", message: expect.stringContaining("internal deadline") } });
    // Moving the official deadline before the standing internal one is the same mistake from the other side.
    const set = await patch({ internalDeadline: { local: utcLocal(before.deadline.utc, -24 * 60), timeZone: "UTC" } });
    expect(set.status).toBe(200);
    const earlier = await patch({ deadline: { local: utcLocal(before.deadline.utc, -48 * 60), timeZone: "UTC" } });
    expect(earlier.status).toBe(400);
    expect(await earlier.json()).toMatchObject({ error: { code: "deadline_order" } });

    const after = await consultationOf(server);
    expect(after.deadline).toEqual(before.deadline);
    expect(after.internalDeadline?.local).toBe(utcLocal(before.deadline.utc, -24 * 60));
    expect(await auditCount(server, "deadline.change")).toBe(1);

    // Equal to the official deadline is allowed: the coalition may simply keep the portal's.
    expect((await patch({ internalDeadline: { local: before.deadline.local, timeZone: before.deadline.timeZone } })).status).toBe(200);
  });

  it("refuses an extension that does not fall after the deadline it extends", async () => {
    const server = await startServer();
    const { deadline } = await consultationOf(server);
    const extend = (local: string) => api(server, EXTENSION, { as: "coordinator", method: "PUT", body: JSON.stringify({ deadline: { local, timeZone: "UTC" } }) });

    for (const minutes of [-60, 0]) {
      const refused = await extend(utcLocal(deadline.utc, minutes));
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: { code: "deadline_order", message: expect.stringContaining("extension") } });
    }
    expect(await auditCount(server, "deadline.extend")).toBe(0);
    const status = ConsultationStatus.parse(await (await api(server, `${CONSULTATION}/status`, { as: "coordinator" })).json());
    expect(status.organisations.find((entry) => entry.organisation.id === "open-networks")).toMatchObject({ extended: false });

    expect((await extend(utcLocal(deadline.utc, 60))).status).toBe(200);
    expect(await auditCount(server, "deadline.extend")).toBe(1);
  });
});
