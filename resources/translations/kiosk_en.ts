<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ArrivalsChart</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/arrivals_chart.py" line="107" />
        <source>%n a minute at the moment</source>
        <translation><numerusform>%n a minute at the moment</numerusform><numerusform>%n a minute at the moment</numerusform></translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/attendance.py" line="182" />
        <source>{shown} shown of {total}; %n people in</source>
        <translation><numerusform>{shown} shown of {total}; %n person in</numerusform><numerusform>{shown} shown of {total}; %n people in</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/attendance.py" line="203" />
        <source>Exported %n rows to {path}</source>
        <translation><numerusform>Exported %n row to {path}</numerusform><numerusform>Exported %n rows to {path}</numerusform></translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/attention.py" line="206" />
        <source>The last sync would remove %n registrations the server no longer lists. They are kept, since the server may have answered wrongly. Remove them only when the organiser confirms they are gone.</source>
        <translation><numerusform>The last sync would remove %n registration the server no longer lists. It is kept, since the server may have answered wrongly. Remove it only when the organiser confirms it is gone.</numerusform><numerusform>The last sync would remove %n registrations the server no longer lists. They are kept, since the server may have answered wrongly. Remove them only when the organiser confirms they are gone.</numerusform></translation>
    </message>
</context>
<context>
    <name>BadgeHistory</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/badges.py" line="137" />
        <source>Reprinted %n time(s): {doors}</source>
        <translation><numerusform>Reprinted %n time: {doors}</numerusform><numerusform>Reprinted %n times: {doors}</numerusform></translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/badges.py" line="210" />
        <source>+%n guest(s)</source>
        <translation><numerusform>+%n guest</numerusform><numerusform>+%n guests</numerusform></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/counts.py" line="14" />
        <source>%n days ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/counts.py" line="17" />
        <source>%n conflicts</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/counts.py" line="20" />
        <source>🖨 %n badges waiting</source>
        <translation><numerusform>🖨 %n badge waiting</numerusform><numerusform>🖨 %n badges waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/counts.py" line="23" />
        <source>🖨 %n badges waiting: {why}</source>
        <translation><numerusform>🖨 %n badge waiting: {why}</numerusform><numerusform>🖨 %n badges waiting: {why}</numerusform></translation>
    </message>
</context>
<context>
    <name>PartyQuestion</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/party_count.py" line="96" />
        <source>%n people</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanLogScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/scan_log_view.py" line="186" />
        <source>%n scans</source>
        <translation><numerusform>%n scan</numerusform><numerusform>%n scans</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/scan_log_view.py" line="210" />
        <source>Exported %n scans to {path}</source>
        <translation><numerusform>Exported %n scan to {path}</numerusform><numerusform>Exported %n scans to {path}</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/status_bar.py" line="344" />
        <source>⚠ Clock off by %n min</source>
        <translation><numerusform>⚠ Clock off by %n min</numerusform><numerusform>⚠ Clock off by %n min</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="432" />
        <source>{done} of %n registrations</source>
        <translation><numerusform>{done} of %n registration</numerusform><numerusform>{done} of %n registrations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="435" />
        <source>%n registrations</source>
        <translation><numerusform>%n registration</numerusform><numerusform>%n registrations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="446" />
        <source>%n registrations ready. The door works offline from now on.</source>
        <translation><numerusform>%n registration ready. The door works offline from now on.</numerusform><numerusform>%n registrations ready. The door works offline from now on.</numerusform></translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/walk_in.py" line="141" />
        <source>%n places left</source>
        <translation><numerusform>%n place left</numerusform><numerusform>%n places left</numerusform></translation>
    </message>
</context>
</TS>