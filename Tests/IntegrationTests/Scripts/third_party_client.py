"""Calls every read method of dutyd with the third-party `varlink` package from PyPI.

Usage: third_party_client.py SOCKET ALERT_ID
Prints one line per method and exits non-zero on the first failure.
"""
import sys

import varlink

socket_path, alert_id = sys.argv[1], int(sys.argv[2])
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
        for reply in con.Watch(_more=True):
            event = reply.get("event") if isinstance(reply, dict) else reply.event
            print("Watch subscribed", event)
            break
