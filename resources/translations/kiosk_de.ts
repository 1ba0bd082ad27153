<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendanceScreen</name>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="110" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="112" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="112" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="113" />
        <source>Not yet in</source>
        <translation>Noch nicht da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="113" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="114" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="114" />
        <source>Not uploaded yet</source>
        <translation>Noch nicht hochgeladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="119" />
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="120" />
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="122" />
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="123" />
        <source>Export the attendance list as CSV</source>
        <translation>Anwesenheitsliste als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="127" />
        <source>Attendance summary</source>
        <translation>Anwesenheit – Übersicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="132" />
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="138" />
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="168" />
        <source>{shown} shown of {total}; {people} people in</source>
        <translation>{shown} von {total} angezeigt; {people} Personen da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="173" />
        <source>Export attendance</source>
        <translation>Anwesenheit exportieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="173" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="180" />
        <source>Export failed: {why}</source>
        <translation>Export fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="184" />
        <source>Exported {n} rows to {path}</source>
        <translation>{n} Zeilen nach {path} exportiert</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="53" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="53" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="54" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="54" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="55" />
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="56" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="57" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="35" />
        <source>Needs attention</source>
        <translation>Zu klären</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="38" />
        <source>Changes the server refused. Nothing here stops the door; settle each when you can.</source>
        <translation>Änderungen, die der Server abgelehnt hat. Der Einlass läuft weiter; klären Sie jede, sobald Sie können.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="42" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="47" />
        <source>What happened and what to do</source>
        <translation>Was passiert ist und was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="49" />
        <source>&amp;Retry upload</source>
        <translation>&amp;Erneut hochladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="50" />
        <source>Retry the upload</source>
        <translation>Erneut hochladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="52" />
        <source>Accept the server's &amp;version</source>
        <translation>Fassung des &amp;Servers übernehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="53" />
        <source>Dismiss: accept the server's version</source>
        <translation>Schließen: Fassung des Servers übernehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="55" />
        <source>&amp;Open registration</source>
        <translation>Anmeldung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="83" />
        <source>Nothing needs attention.</source>
        <translation>Nichts zu klären.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="96" />
        <source>double entry: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="97" />
        <source>check-in or undo</source>
        <translation>Einlass oder Rücknahme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="97" />
        <source>walk-in registration</source>
        <translation>Anmeldung an der Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="100" />
        <source>the {op} was refused: the registration is gone from the server</source>
        <translation>{op} abgelehnt: die Anmeldung gibt es auf dem Server nicht mehr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="102" />
        <source>the server refused the {op}: {why}</source>
        <translation>der Server hat {op} abgelehnt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="104" />
        <source>the {op} was refused: the API key may not write</source>
        <translation>{op} abgelehnt: der API-Schlüssel darf nicht schreiben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="105" />
        <source>the {op} could not be uploaded: {why}</source>
        <translation>{op} konnte nicht hochgeladen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="109" />
        <source>Nothing is lost and the server is told once. If two people came in on one ticket, find the second one with the organiser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="112" />
        <source>The guest was admitted here but the server no longer knows the registration. Check with the organiser; register them as a walk-in if they should be counted, then accept the server's version.</source>
        <translation>Der Gast wurde hier eingelassen, aber der Server kennt die Anmeldung nicht mehr. Fragen Sie beim Veranstalter nach; melden Sie den Gast an der Tür an, wenn er gezählt werden soll, und übernehmen Sie dann die Fassung des Servers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="116" />
        <source>The server's record differs (for example the registration was cancelled after it was admitted offline). Talk to the guest or the organiser. Accept the server's version to close this, or retry if the organiser has fixed the record.</source>
        <translation>Der Server hat einen anderen Stand (zum Beispiel wurde die Anmeldung storniert, nachdem sie offline eingelassen wurde). Sprechen Sie mit dem Gast oder dem Veranstalter. Übernehmen Sie die Fassung des Servers, um den Fall zu schließen, oder laden Sie erneut hoch, wenn der Veranstalter den Eintrag korrigiert hat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="121" />
        <source>Ask the organiser for a key with registrations:write, enter it in Settings, then retry.</source>
        <translation>Bitten Sie den Veranstalter um einen Schlüssel mit registrations:write, tragen Sie ihn in den Einstellungen ein und laden Sie erneut hoch.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="123" />
        <source>Retry the upload; if it fails again, accept the server's version and tell the organiser.</source>
        <translation>Laden Sie erneut hoch; scheitert es wieder, übernehmen Sie die Fassung des Servers und informieren Sie den Veranstalter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="138" />
        <source>What happened ({when}): {what}

What you can do: {todo}</source>
        <translation>Was passiert ist ({when}): {what}

Was Sie tun können: {todo}</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="63" />
        <source>Connect to WebKasa</source>
        <translation>Mit WebKasa verbinden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="64" />
        <source>The API key is stored in this computer's keyring, never in a file.</source>
        <translation>Der API-Schlüssel wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="66" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="69" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="71" />
        <source>Saved key {masked} (leave empty to keep it)</source>
        <translation>Gespeicherter Schlüssel {masked} (leer lassen, um ihn zu behalten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="74" />
        <source>How the key is sent</source>
        <translation>Wie der Schlüssel gesendet wird</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="75" />
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="85" />
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="86" />
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="87" />
        <source>Key sent as</source>
        <translation>Schlüssel senden als</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="107" />
        <source>The URL must start with https://</source>
        <translation>Die URL muss mit https:// beginnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="110" />
        <source>Enter the API key from your WebKasa dashboard.</source>
        <translation>Geben Sie den API-Schlüssel aus Ihrem WebKasa-Dashboard ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="113" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="131" />
        <source>The key was refused. Check it and its scopes (events:read, registrations:read, registrations:write).</source>
        <translation>Der Schlüssel wurde abgelehnt. Prüfen Sie ihn und seine Berechtigungen (events:read, registrations:read, registrations:write).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="134" />
        <source>Cannot reach the server: {why}</source>
        <translation>Server nicht erreichbar: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="136" />
        <source>The server answered with an error: {why}</source>
        <translation>Der Server meldet einen Fehler: {why}</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="199" />
        <location filename="../../kiosk/ui/door_screen.py" line="320" />
        <source>Hold your QR code up to the camera</source>
        <translation>Halten Sie Ihren QR-Code vor die Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="205" />
        <location filename="../../kiosk/ui/door_screen.py" line="358" />
        <source>Type or paste a ticket code, then Enter</source>
        <translation>Ticket-Code eintippen oder einfügen, dann Enter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="206" />
        <source>Ticket code</source>
        <translation>Ticket-Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="210" />
        <source>Mute sounds</source>
        <translation>Töne aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="216" />
        <source>Camera state</source>
        <translation>Kamerastatus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="218" />
        <location filename="../../kiosk/ui/door_screen.py" line="357" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="221" />
        <source>Staff unlock</source>
        <translation>Entsperren durch Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="284" />
        <source>Could not check this code: {error}</source>
        <translation>Dieser Code konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="300" />
        <source>Camera starting…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="301" />
        <source>Camera on</source>
        <translation>Kamera an</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="302" />
        <source>Camera lost; reconnecting…</source>
        <translation>Kamera getrennt; verbinde neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="306" />
        <source>No camera ({detail})</source>
        <translation>Keine Kamera ({detail})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="314" />
        <source>No camera: use the scanner or ask the staff</source>
        <translation>Keine Kamera: bitte den Scanner nutzen oder das Personal fragen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="315" />
        <source>No camera: use the scanner or search</source>
        <translation>Keine Kamera: Scanner oder Suche verwenden</translation>
    </message>
    <message>
        <source>Camera lost; the USB scanner still works</source>
        <translation>Kamera verloren; der USB-Scanner funktioniert weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="303" />
        <source>Camera reconnecting…</source>
        <translation>Kamera verbindet neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="304" />
        <source>Video ended</source>
        <translation>Video zu Ende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="305" />
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>No camera ({detail}); the USB scanner still works</source>
        <translation>Keine Kamera ({detail}); der USB-Scanner funktioniert weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="381" />
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="381" />
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="144" />
        <source>Choose the event</source>
        <translation>Veranstaltung wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="145" />
        <source>Upcoming events, with how many are registered.</source>
        <translation>Kommende Veranstaltungen mit Anzahl der Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="147" />
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="165" />
        <source>No upcoming events for this key.</source>
        <translation>Keine kommenden Veranstaltungen für diesen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="153" />
        <location filename="../../kiosk/ui/door_screen.py" line="162" />
        <source>Hold your QR code up to the camera</source>
        <translation>Halten Sie Ihren QR-Code vor die Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="155" />
        <source>Your ticket is in your confirmation email.</source>
        <translation>Ihr Ticket finden Sie in Ihrer Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="151" />
        <location filename="../../kiosk/ui/door_screen.py" line="167" />
        <source>Welcome to {event}</source>
        <translation>Willkommen bei {event}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="152" />
        <location filename="../../kiosk/ui/door_screen.py" line="168" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="85" />
        <location filename="../../kiosk/ui/main_window.py" line="233" />
        <source>Check-in kiosk</source>
        <translation>Einlass-Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="97" />
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="98" />
        <source>&amp;Door</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="99" />
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="100" />
        <source>&amp;Walk-in</source>
        <translation>&amp;Abendkasse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="101" />
        <location filename="../../kiosk/ui/main_window.py" line="255" />
        <source>Needs &amp;attention</source>
        <translation>Zu &amp;klären</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="102" />
        <source>A&amp;ttendance</source>
        <translation>A&amp;nwesenheit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="117" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="120" />
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="121" />
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="122" />
        <source>Self-service mode</source>
        <translation>Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="124" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="232" />
        <source>{event} — check-in</source>
        <translation>{event} — Einlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="254" />
        <source>Needs &amp;attention ({n})</source>
        <translation>Zu &amp;klären ({n})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="347" />
        <source>Restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="348" />
        <source>The new event, server or language takes effect when the app starts again.</source>
        <translation>Neue Veranstaltung, neuer Server oder neue Sprache gelten nach dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="165" />
        <source>Staff unlock</source>
        <translation>Entsperren durch Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="169" />
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="171" />
        <source>Enter the staff PIN, or scan a staff code.</source>
        <translation>Personal-PIN eingeben oder Personal-Code scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="179" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="183" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="202" />
        <source>Too many wrong PINs. Scan a staff code to unlock.</source>
        <translation>Zu viele falsche PINs. Zum Entsperren einen Personal-Code scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="204" />
        <source>Wrong PIN. Try again in {s} s.</source>
        <translation>Falsche PIN. Neuer Versuch in {s} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="206" />
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="211" />
        <source>A code was scanned. Tickets are not checked in while this dialog is open; cancel it first. Staff codes unlock.</source>
        <translation>Ein Code wurde gescannt. Solange dieses Fenster offen ist, wird kein Ticket eingecheckt; erst abbrechen. Personal-Codes entsperren.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="51" />
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="53" />
        <source>Starting camera…</source>
        <translation>Kamera startet…</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="224" />
        <source>Set staff PIN</source>
        <translation>Personal-PIN festlegen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="227" />
        <location filename="../../kiosk/ui/kiosk_mode.py" line="239" />
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="227" />
        <location filename="../../kiosk/ui/kiosk_mode.py" line="240" />
        <source>Repeat PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="238" />
        <source>Self-service mode can only be left with this PIN.</source>
        <translation>Die Selbstbedienung lässt sich nur mit dieser PIN verlassen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="247" />
        <source>Use 4 to 12 digits.</source>
        <translation>4 bis 12 Ziffern verwenden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="249" />
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="89" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="102" />
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="107" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="252" />
        <source>no key saved</source>
        <translation>kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="110" />
        <source>Saved API key (masked)</source>
        <translation>Gespeicherter API-Schlüssel (verdeckt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="108" />
        <source>reading the keyring…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="113" />
        <source>Enter a new key to replace the saved one</source>
        <translation>Neuen Schlüssel eingeben, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="114" />
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="118" />
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="120" />
        <source>Sync interval</source>
        <translation>Abgleich-Intervall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="122" />
        <source>Upload interval</source>
        <translation>Upload-Intervall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="123" />
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="124" />
        <source>Saved key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="125" />
        <source>Replace &amp;key</source>
        <translation>&amp;Schlüssel ersetzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="126" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="127" />
        <source>&amp;Device name</source>
        <translation>&amp;Gerätename</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="128" />
        <source>Sync every (s)</source>
        <translation>Abgleich alle (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="129" />
        <source>Upload every (s)</source>
        <translation>Upload alle (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="130" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="136" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="179" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="139" />
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="149" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="172" />
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="150" />
        <source>Decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="159" />
        <source>Look for {name} codes</source>
        <translation>Nach {name}-Codes suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="165" />
        <source>Same-code cooldown</source>
        <translation>Sperrzeit für denselben Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="166" />
        <source>&amp;Preview this camera</source>
        <translation>Kamera-&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="170" />
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="171" />
        <source>&amp;Resolution</source>
        <translation>&amp;Auflösung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="173" />
        <source>D&amp;ecoder</source>
        <translation>D&amp;ecoder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="174" />
        <source>Symbologies</source>
        <translation>Code-Arten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="175" />
        <source>Cooldown (s)</source>
        <translation>Sperrzeit (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="185" />
        <source>Admit pending registrations (awaiting payment)</source>
        <translation>Ausstehende Anmeldungen einlassen (Zahlung offen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="186" />
        <source>Admit pending registrations</source>
        <translation>Ausstehende Anmeldungen einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="188" />
        <source>Play sounds</source>
        <translation>Töne abspielen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="188" />
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="190" />
        <source>Speak each verdict aloud</source>
        <translation>Jede Entscheidung ansagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="191" />
        <source>Speak verdicts</source>
        <translation>Entscheidungen ansagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="193" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="194" />
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="196" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="197" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="205" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="206" />
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="212" />
        <source>Set staff &amp;PIN…</source>
        <translation>Personal-&amp;PIN festlegen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="215" />
        <source>Staff codes</source>
        <translation>Personal-Codes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="216" />
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="218" />
        <source>Staff &amp;codes (comma separated)</source>
        <translation>Personal-&amp;Codes (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="219" />
        <source>Self-service</source>
        <translation>Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="256" />
        <source>keyring unavailable: {why}</source>
        <translation>Schlüsselbund nicht verfügbar: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="272" />
        <source>set</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="272" />
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="335" />
        <source>saving the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="55" />
        <source>{n} registered</source>
        <translation>{n} angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="289" />
        <source>Set up the check-in kiosk</source>
        <translation>Einlass-Kiosk einrichten</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="79" />
        <source>Search name, email or phone…</source>
        <translation>Name, E-Mail oder Telefon suchen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="80" />
        <source>Search registrations</source>
        <translation>Anmeldungen suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="87" />
        <location filename="../../kiosk/ui/staff_console.py" line="125" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="87" />
        <location filename="../../kiosk/ui/staff_console.py" line="126" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="87" />
        <location filename="../../kiosk/ui/staff_console.py" line="127" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="87" />
        <location filename="../../kiosk/ui/staff_console.py" line="125" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="88" />
        <location filename="../../kiosk/ui/staff_console.py" line="126" />
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="88" />
        <location filename="../../kiosk/ui/staff_console.py" line="128" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="90" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="105" />
        <source>Result count</source>
        <translation>Trefferzahl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="108" />
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="127" />
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="128" />
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="129" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="135" />
        <source>&amp;Check in</source>
        <translation>&amp;Einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="137" />
        <source>Check in the selected registration</source>
        <translation>Ausgewählte Anmeldung einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="139" />
        <source>Admit &amp;pending</source>
        <translation>Aus&amp;stehende einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="140" />
        <source>Admit a pending registration</source>
        <translation>Ausstehende Anmeldung einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="142" />
        <source>&amp;Undo check-in</source>
        <translation>Einlass &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="143" />
        <source>Undo the check-in</source>
        <translation>Einlass zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="147" />
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="226" />
        <source>{n} found</source>
        <translation>{n} gefunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="227" />
        <source>Type to search</source>
        <translation>Tippen zum Suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="252" />
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>{n} (1 + {g} guests)</source>
        <translation>{n} (1 + {g} Gäste)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="268" />
        <source>{when} on {device}</source>
        <translation>{when} an {device}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="273" />
        <source>Conflict: {why}</source>
        <translation>Konflikt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="275" />
        <source>Waiting to upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="277" />
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="286" />
        <source>Admitting pending registrations is switched off in Settings.</source>
        <translation>Das Einlassen ausstehender Anmeldungen ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="323" />
        <source>Check-in undone: {name} is {status} again</source>
        <translation>Einlass zurückgenommen: {name} ist wieder {status}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="42" />
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="43" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="44" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="45" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="61" />
        <source>walk-in</source>
        <translation>an der Tür</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="22" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="28" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="30" />
        <source>{n} min ago</source>
        <translation>vor {n} Min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="32" />
        <source>{n} h ago</source>
        <translation>vor {n} Std.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="33" />
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="48" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="49" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="50" />
        <source>People in</source>
        <translation>Personen da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="51" />
        <source>Uploads waiting</source>
        <translation>Wartende Uploads</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="52" />
        <source>Other doors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="55" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="61" />
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="62" />
        <source>Sync warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="113" />
        <source>No event selected</source>
        <translation>Keine Veranstaltung gewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="115" />
        <source>● Connecting…</source>
        <translation>● Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="118" />
        <source>✔ Online</source>
        <translation>✔ Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="121" />
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="122" />
        <source>⚠ OFFLINE: {why}</source>
        <translation>⚠ OFFLINE: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="137" />
        <source>⇄ {n} doors linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="139" />
        <source>alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="142" />
        <source>In: {n} / {slots}</source>
        <translation>Da: {n} / {slots}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="144" />
        <source>In: {n}</source>
        <translation>Da: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="146" />
        <source>↑ {n} waiting</source>
        <translation>↑ {n} wartend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="146" />
        <source>↑ all sent</source>
        <translation>↑ alles gesendet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="150" />
        <source>{n} conflicts</source>
        <translation>{n} Konflikte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="155" />
        <source>Syncing {done} of {total}</source>
        <translation>Synchronisiere {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="157" />
        <source>Syncing {done}</source>
        <translation>Synchronisiere {done}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="160" />
        <source>Synced {age}</source>
        <translation>Abgeglichen {age}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="167" />
        <source>⚠ First sync incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="169" />
        <source>⚠ Sync: {warning}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="181" />
        <source>First sync</source>
        <translation>Erster Abgleich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="182" />
        <source>Copying the registrations to this computer, so the door works without a network.</source>
        <translation>Die Anmeldungen werden auf diesen Computer kopiert, damit der Einlass auch ohne Netz funktioniert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="185" />
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="189" />
        <source>&amp;Stop syncing</source>
        <translation>Abgleich &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="205" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="210" />
        <source>Could not save the settings: {why}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="232" />
        <source>{done} of {total} registrations</source>
        <translation>{done} von {total} Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="234" />
        <source>{done} registrations</source>
        <translation>{done} Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="240" />
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="245" />
        <source>{n} registrations ready. The door works offline from now on.</source>
        <translation>{n} Anmeldungen bereit. Der Einlass funktioniert ab jetzt auch offline.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="214" />
        <location filename="../../kiosk/ui/setup_wizard.py" line="252" />
        <source>Sync stopped. The app finishes it in the background once it is open.</source>
        <translation>Abgleich angehalten. Die App beendet ihn im Hintergrund, sobald sie geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="255" />
        <source>Sync failed: {why}. The app retries in the background.</source>
        <translation>Abgleich fehlgeschlagen: {why}. Die App versucht es im Hintergrund erneut.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="45" />
        <source>ADMIT</source>
        <translation>EINLASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="46" />
        <source>ALREADY IN</source>
        <translation>SCHON DRIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="47" />
        <location filename="../../kiosk/ui/verdict_view.py" line="52" />
        <source>SEE THE DESK</source>
        <translation>BITTE ZUR KASSE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="48" />
        <location filename="../../kiosk/ui/verdict_view.py" line="49" />
        <location filename="../../kiosk/ui/verdict_view.py" line="50" />
        <source>NO ENTRY</source>
        <translation>KEIN EINLASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="51" />
        <source>NOT A TICKET</source>
        <translation>KEIN TICKET</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="60" />
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="61" />
        <source>This ticket was already checked in.</source>
        <translation>Dieses Ticket wurde schon eingelassen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="62" />
        <source>Registration not confirmed yet (awaiting payment).</source>
        <translation>Anmeldung noch nicht bestätigt (Zahlung offen).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="63" />
        <source>This registration was cancelled.</source>
        <translation>Diese Anmeldung wurde storniert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="64" />
        <source>This ticket is for another event.</source>
        <translation>Dieses Ticket gilt für eine andere Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="65" />
        <source>This ticket is not on the list.</source>
        <translation>Dieses Ticket steht nicht auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="66" />
        <source>This code is not a ticket.</source>
        <translation>Dieser Code ist kein Ticket.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="74" />
        <source>Admit {n}</source>
        <translation>{n} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="75" />
        <source>Admit {n}: 1 + 1 guest</source>
        <translation>{n} einlassen: 1 + 1 Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="76" />
        <source>Admit {n}: 1 + {g} guests</source>
        <translation>{n} einlassen: 1 + {g} Gäste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="77" />
        <source>Party of 1</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="78" />
        <source>Party of {n} (1 + 1 guest)</source>
        <translation>{n} Personen (1 + 1 Gast)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="79" />
        <source>Party of {n} (1 + {g} guests)</source>
        <translation>{n} Personen (1 + {g} Gäste)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="118" />
        <source>Checked in at {when} on {device}</source>
        <translation>Eingelassen um {when} an {device}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="121" />
        <source>Checked in at {when}</source>
        <translation>Eingelassen um {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="221" />
        <source>Note: {notes}</source>
        <translation>Hinweis: {notes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_banner.py" line="30" />
        <source>Show door</source>
        <translation>Zum Einlass</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="41" />
        <source>Register a walk-in</source>
        <translation>Anmeldung an der Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="51" />
        <source>Check in now</source>
        <translation>Gleich einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="54" />
        <source>Places left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="58" />
        <source>Form error</source>
        <translation>Fehler im Formular</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="61" />
        <source>Registration result</source>
        <translation>Ergebnis der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="63" />
        <source>&amp;Register</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="72" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="72" />
        <source>Attendee name</source>
        <translation>Name des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="73" />
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="73" />
        <source>Attendee email</source>
        <translation>E-Mail des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="74" />
        <source>&amp;Phone (optional)</source>
        <translation>&amp;Telefon (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="74" />
        <source>Attendee phone</source>
        <translation>Telefon des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="75" />
        <source>&amp;Guests</source>
        <translation>&amp;Begleitung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="75" />
        <source>Number of guests</source>
        <translation>Zahl der Begleitpersonen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="76" />
        <source>N&amp;otes</source>
        <translation>H&amp;inweise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="76" />
        <source>Notes for staff</source>
        <translation>Hinweise fürs Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="101" />
        <source>{n} places left</source>
        <translation>{n} Plätze frei</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="122" />
        <source>Registered and checked in: {name}. {party}</source>
        <translation>Angemeldet und eingelassen: {name}. {party}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="125" />
        <source>Registered: {name}</source>
        <translation>Angemeldet: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="142" />
        <source>Event full: {why}</source>
        <translation>Ausgebucht: {why}</translation>
    </message>
</context>
</TS>