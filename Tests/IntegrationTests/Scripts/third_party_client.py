"""Calls every read method of dutyd with the third-party `varlink` package from PyPI, and
imports a ledger as a dry run by sending its bytes.

Usage: third_party_client.py SOCKET ALERT_ID HAZARD_ID LEDGER
Prints one line per method and exits non-zero on the first failure.
"""
import base64
import sys

import varlink

socket_path, alert_id, hazard_id, ledger_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
with varlink.Client(address="unix:" + socket_path) as client:
    print("interfaces", client.get_interfaces())
    print("description", len(client.get_interface("io.dutyd").members))
    with client.open("io.dutyd", namespaced=True) as con:
        status = con.Status()
        print("Status", status.units, status.open_alerts)
        alerts = con.Alerts(state="all")
        print("Alerts", [alert.id for alert in alerts.alerts])
        shown = con.ShowAlert(alert_id)
        print("ShowAlert", shown.alert.summary, [entry.action for entry in shown.history])
        audit = con.AuditVerify()
        print("AuditVerify", audit.records, audit.intact)
        outbox = con.Outbox(state="all")
        print("Outbox", sorted({entry.channel for entry in outbox.notifications}))
        on_call = con.OnCall(unit="dg-sy", at="2026-10-02T09:00")
        print("OnCall", [(shift.duty_officer.name, shift.leader_on_duty.name) for shift in on_call.shifts])
        roster = con.Roster(unit="dg-sy", **{"from": "2026-10-01", "to": "2026-10-01"})
        print("Roster", len(roster.shifts), len(roster.gaps))
        hazards = con.Hazards(unit="rz-dg", overdue=True)
        print("Hazards", [hazard.id for hazard in hazards.hazards])
        ledger = con.ExportLedger(unit="rz-dg")
        print("ExportLedger", len(ledger.csv.splitlines()))
        hazard = con.ShowHazard(hazard_id)
        print("ShowHazard", hazard.hazard.risk, [entry.action for entry in hazard.history])
        summary = con.Summary(unit="rz-dg")
        print("Summary", [(unit.unit, unit.total) for unit in summary.units])
        with open(ledger_path, "rb") as ledger:
            content = base64.b64encode(ledger.read()).decode("ascii")
        imported = con.ImportLedger(name="台账.csv", content=content, dry_run=True)
        print("ImportLedger", imported.file, imported.dry_run, len(imported.added), imported.unchanged)
        for reply in con.Watch(_more=True):
            event = reply.get("event") if isinstance(reply, dict) else reply.event
            print("Watch subscribed", event)
            break
