<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AdmitAnyway</name>
    <message>
        <location filename="../../kiosk/ui/console_actions.py" line="56" />
        <source>Admit anyway</source>
        <translation>Trotzdem einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_actions.py" line="57" />
        <source>Admit before the doors open</source>
        <translation>Vor Einlassbeginn einlassen</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../kiosk/ui/arrivals_chart.py" line="67" />
        <source>Arrivals per 10 minutes, by door</source>
        <translation>Ankünfte pro 10 Minuten, nach Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/arrivals_chart.py" line="68" />
        <source>Arrivals per 10 minutes</source>
        <translation>Ankünfte pro 10 Minuten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/arrivals_chart.py" line="107" />
        <source>%n a minute at the moment</source>
        <translation><numerusform>%n pro Minute im Moment</numerusform><numerusform>%n pro Minute im Moment</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/arrivals_chart.py" line="109" />
        <source>Everyone expected is in ({arrived} arrivals).</source>
        <translation>Alle Erwarteten sind da ({arrived} Ankünfte).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/arrivals_chart.py" line="112" />
        <source>{left} still expected: all in by about {time} at this rate.</source>
        <translation>{left} noch erwartet: bei diesem Tempo alle gegen {time} da.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/arrivals_chart.py" line="115" />
        <source>{left} still expected; too few arrivals yet to say when all will be in.</source>
        <translation>{left} noch erwartet; noch zu wenige Ankünfte, um zu sagen, wann alle da sind.</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="138" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="139" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="139" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="140" />
        <source>Not yet in</source>
        <translation>Noch nicht da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="140" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="141" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="141" />
        <source>Not uploaded yet</source>
        <translation>Noch nicht hochgeladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="144" />
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="145" />
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="146" />
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="147" />
        <source>Export the attendance list as CSV</source>
        <translation>Anwesenheitsliste als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="148" />
        <source>Attendance summary</source>
        <translation>Anwesenheit – Übersicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="149" />
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="150" />
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/attendance.py" line="182" />
        <source>{shown} shown of {total}; %n people in</source>
        <translation><numerusform>{shown} von {total} angezeigt; %n Person da</numerusform><numerusform>{shown} von {total} angezeigt; %n Personen da</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/attendance.py" line="203" />
        <source>Exported %n rows to {path}</source>
        <translation><numerusform>%n Zeile nach {path} exportiert</numerusform><numerusform>%n Zeilen nach {path} exportiert</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="191" />
        <source>Export attendance</source>
        <translation>Anwesenheit exportieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="191" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="199" />
        <source>Export failed: {why}</source>
        <translation>Export fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="54" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="54" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="55" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="56" />
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="57" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="58" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="167" />
        <source>Needs attention</source>
        <translation>Zu klären</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="235" />
        <source>Changes the server refused. Nothing here stops the door; settle each when you can.</source>
        <translation>Änderungen, die der Server abgelehnt hat. Der Einlass läuft weiter; klären Sie jede, sobald Sie können.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="168" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="169" />
        <source>What happened and what to do</source>
        <translation>Was passiert ist und was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="170" />
        <source>&amp;Retry upload</source>
        <translation>&amp;Erneut hochladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="171" />
        <source>Retry the upload</source>
        <translation>Erneut hochladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="172" />
        <source>Accept the server's &amp;version</source>
        <translation>Fassung des &amp;Servers übernehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="173" />
        <source>Dismiss: accept the server's version</source>
        <translation>Schließen: Fassung des Servers übernehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="174" />
        <source>&amp;Open registration</source>
        <translation>Anmeldung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="175" />
        <source>Badges waiting to print</source>
        <translation>Namensschilder warten auf den Druck</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="176" />
        <source>Print &amp;waiting badges</source>
        <translation>Wartende Namensschilder &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="177" />
        <source>&amp;Remove them</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="179" />
        <source>Remove the registrations the server no longer lists</source>
        <translation>Die Anmeldungen entfernen, die der Server nicht mehr aufführt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/attention.py" line="206" />
        <source>The last sync would remove %n registrations the server no longer lists. They are kept, since the server may have answered wrongly. Remove them only when the organiser confirms they are gone.</source>
        <translation><numerusform>Die letzte Synchronisierung würde %n Anmeldung entfernen, die der Server nicht mehr aufführt. Sie bleibt erhalten, da der Server falsch geantwortet haben kann. Entfernen Sie sie erst, wenn der Veranstalter bestätigt, dass sie weg ist.</numerusform><numerusform>Die letzte Synchronisierung würde %n Anmeldungen entfernen, die der Server nicht mehr aufführt. Sie bleiben erhalten, da der Server falsch geantwortet haben kann. Entfernen Sie sie erst, wenn der Veranstalter bestätigt, dass sie weg sind.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="228" />
        <source>Changes the server refused, and people admitted at two doors while the doors could not see each other. Nothing here stops the door; settle each when you can.</source>
        <translation>Änderungen, die der Server abgelehnt hat, und Personen, die an zwei Türen eingelassen wurden, während die Türen einander nicht sahen. Der Einlass läuft weiter; klären Sie jede, sobald Sie können.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="232" />
        <source>People admitted at two doors while the doors could not see each other. Nothing here stops the door.</source>
        <translation>Personen, die an zwei Türen eingelassen wurden, während die Türen einander nicht sahen. Der Einlass läuft weiter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="238" />
        <source>Nothing here stops the door.</source>
        <translation>Nichts hier hält den Einlass auf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="251" />
        <source>No refused changes.</source>
        <translation>Keine abgelehnten Änderungen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="252" />
        <source>Nothing needs attention.</source>
        <translation>Nichts zu klären.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="280" />
        <source>Check-ins go on. Fix the printer (paper, cable, power, the printer chosen in Settings → Badges), then print the waiting badges: they come out in the order people were admitted.</source>
        <translation>Der Einlass läuft weiter. Beheben Sie das Druckerproblem (Papier, Kabel, Strom, der unter Einstellungen → Namensschilder gewählte Drucker) und drucken Sie dann die wartenden Namensschilder: Sie kommen in der Reihenfolge des Einlasses heraus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="293" />
        <source>double entry: {why}</source>
        <translation>doppelter Einlass: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="296" />
        <source>check-in or undo</source>
        <translation>Einlass oder Rücknahme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="299" />
        <source>{op}: {why}</source>
        <translation>{op}: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="298" />
        <source>the {op} was refused: the API key may not write</source>
        <translation>{op} abgelehnt: der API-Schlüssel darf nicht schreiben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="303" />
        <source>Nothing is lost and the server is told once. If two people came in on one ticket, find the second one with the organiser.</source>
        <translation>Nichts geht verloren, und der Server erfährt es einmal. Sind zwei Personen mit einem Ticket hereingekommen, klären Sie die zweite mit dem Veranstalter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="306" />
        <source>Nothing to send: the organiser's change stands. Accept the server's version to close this.</source>
        <translation>Nichts zu senden: Die Änderung des Veranstalters gilt. Übernehmen Sie die Fassung des Servers, um den Fall zu schließen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="309" />
        <source>The guest was admitted here but the server no longer knows the registration. Check with the organiser; register them as a walk-in if they should be counted, then accept the server's version.</source>
        <translation>Der Gast wurde hier eingelassen, aber der Server kennt die Anmeldung nicht mehr. Fragen Sie beim Veranstalter nach; melden Sie den Gast an der Tür an, wenn er gezählt werden soll, und übernehmen Sie dann die Fassung des Servers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="313" />
        <source>The server's record differs (for example the registration was cancelled after it was admitted offline). Talk to the guest or the organiser. Accept the server's version to close this, or retry if the organiser has fixed the record.</source>
        <translation>Der Server hat einen anderen Stand (zum Beispiel wurde die Anmeldung storniert, nachdem sie offline eingelassen wurde). Sprechen Sie mit dem Gast oder dem Veranstalter. Übernehmen Sie die Fassung des Servers, um den Fall zu schließen, oder laden Sie erneut hoch, wenn der Veranstalter den Eintrag korrigiert hat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="318" />
        <source>Ask the organiser for a key with registrations:write, enter it in Settings, then retry.</source>
        <translation>Bitten Sie den Veranstalter um einen Schlüssel mit registrations:write, tragen Sie ihn in den Einstellungen ein und laden Sie erneut hoch.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="320" />
        <source>Retry the upload; if it fails again, accept the server's version and tell the organiser.</source>
        <translation>Laden Sie erneut hoch; scheitert es wieder, übernehmen Sie die Fassung des Servers und informieren Sie den Veranstalter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="335" />
        <source>What happened ({when}): {what}

What you can do: {todo}</source>
        <translation>Was passiert ist ({when}): {what}

Was Sie tun können: {todo}</translation>
    </message>
</context>
<context>
    <name>BadgeHistory</name>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="130" />
        <source>Printed by {door} at {time}</source>
        <translation>Gedruckt an {door} um {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="134" />
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/badges.py" line="137" />
        <source>Reprinted %n time(s): {doors}</source>
        <translation><numerusform>%n-mal nachgedruckt: {doors}</numerusform><numerusform>%n-mal nachgedruckt: {doors}</numerusform></translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="184" />
        <source>Badge preview</source>
        <translation>Vorschau des Namensschilds</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/badges.py" line="210" />
        <source>+%n guest(s)</source>
        <translation><numerusform>+%n Gast</numerusform><numerusform>+%n Gäste</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="211" />
        <source>Spring Conference</source>
        <translation>Frühjahrskonferenz</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="212" />
        <source>Sat 14 Mar 2026, 09:00</source>
        <translation>Sa., 14. März 2026, 09:00</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="213" />
        <source>Speaker</source>
        <translation>Referentin</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="318" />
        <source>62 × 100 mm (Brother QL 62 mm roll, cut)</source>
        <translation>62 × 100 mm (Brother-QL-Rolle 62 mm, geschnitten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="319" />
        <source>89 × 36 mm (DYMO 99012 large address)</source>
        <translation>89 × 36 mm (DYMO 99012, große Adressetiketten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="320" />
        <source>4 × 3 in (Zebra / direct thermal 4 in roll)</source>
        <translation>4 × 3 Zoll (Zebra / Thermodirekt-Rolle 4 Zoll)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="321" />
        <source>A6 (105 × 148 mm, any office printer)</source>
        <translation>A6 (105 × 148 mm, jeder Bürodrucker)</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="37" />
        <source>The server refused this walk-in: the event is full there. Check with the organiser; undo the check-in if the person must leave.</source>
        <translation>Der Server hat diese Anmeldung an der Tür abgelehnt: Die Veranstaltung ist dort ausgebucht. Fragen Sie beim Veranstalter nach; nehmen Sie den Einlass zurück, wenn die Person gehen muss.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="40" />
        <source>The server refused this walk-in ({server}). Correct the details and register again.</source>
        <translation>Der Server hat diese Anmeldung an der Tür abgelehnt (Antwort des Servers: {server}). Korrigieren Sie die Angaben und melden Sie erneut an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="43" />
        <source>This walk-in was never registered on the server, so its check-in cannot be sent.</source>
        <translation>Diese Anmeldung an der Tür ist auf dem Server nie angekommen, daher kann ihr Einlass nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="46" />
        <source>The registration no longer exists on the server. Check the person's ticket with the organiser.</source>
        <translation>Die Anmeldung gibt es auf dem Server nicht mehr. Prüfen Sie das Ticket der Person mit dem Veranstalter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="49" />
        <source>The server refused the check-in (the registration may have been cancelled after it was admitted here). Speak to the attendee or the organiser, then dismiss or undo.</source>
        <translation>Der Server hat den Einlass abgelehnt (die Anmeldung wurde vielleicht storniert, nachdem die Person hier eingelassen wurde). Sprechen Sie mit dem Gast oder dem Veranstalter; schließen Sie den Fall dann oder nehmen Sie den Einlass zurück.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="53" />
        <source>The server refused this change: {server}</source>
        <translation>Der Server hat diese Änderung abgelehnt. Antwort des Servers: {server}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="54" />
        <source>Cancelled on the server after it was admitted here: this person was let in from the cached list. Speak to the organiser, then dismiss.</source>
        <translation>Auf dem Server storniert, nachdem die Person hier eingelassen wurde: Sie wurde anhand der gespeicherten Liste eingelassen. Sprechen Sie mit dem Veranstalter und schließen Sie den Fall dann.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="57" />
        <source>This undo was not sent: the server changed the registration after this door's check-in (it now says {server}). The server's status stands; speak to the organiser if that is wrong, then dismiss.</source>
        <translation>Diese Rücknahme wurde nicht gesendet: Der Server hat die Anmeldung nach dem Einlass an diesem Eingang geändert (jetzt: {server}). Der Stand des Servers gilt; sprechen Sie mit dem Veranstalter, falls er falsch ist, und schließen Sie den Fall dann.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="61" />
        <source>Admitted {n} times while the doors could not see each other. The first is the one kept and uploaded.</source>
        <translation>{n}-mal eingelassen, während die Eingänge einander nicht erreichten. Der erste Einlass zählt und wird hochgeladen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="66" />
        <source>check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="67" />
        <source>status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="68" />
        <source>walk-in registration</source>
        <translation>Anmeldung an der Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="69" />
        <source>double entry</source>
        <translation>doppelter Einlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attention.py" line="86" />
        <source>{when} at {door}</source>
        <translation>{when} ({door})</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="195" />
        <source>Connect to WebKasa</source>
        <translation>Mit WebKasa verbinden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="167" />
        <source>The API key is stored in this computer's keyring, never in a file.</source>
        <translation>Der API-Schlüssel wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="197" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="198" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="199" />
        <source>Saved key {masked} (leave empty to keep it)</source>
        <translation>Gespeicherter Schlüssel {masked} (leer lassen, um ihn zu behalten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="202" />
        <source>How the key is sent</source>
        <translation>Wie der Schlüssel gesendet wird</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="203" />
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="204" />
        <source>Staff passphrase</source>
        <translation>Passphrase des Personals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="205" />
        <source>Staff passphrase again</source>
        <translation>Passphrase des Personals wiederholen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="206" />
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="206" />
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="208" />
        <source>Staff &amp;passphrase</source>
        <translation>&amp;Passphrase des Personals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="209" />
        <source>Passphrase &amp;again</source>
        <translation>Passphrase wieder&amp;holen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="169" />
        <location filename="../../kiosk/ui/setup_wizard.py" line="235" />
        <source>Looking for this computer's keyring…</source>
        <translation>Suche den Schlüsselbund dieses Computers …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="165" />
        <source>This computer has no system keyring.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="172" />
        <source>No system keyring: the key from KIOSK_API_KEY is used and not stored. Start the kiosk with it set each time, or type a key here to keep it in a file encrypted with a staff passphrase.</source>
        <translation>Kein Schlüsselbund: Der Schlüssel aus KIOSK_API_KEY wird verwendet und nicht gespeichert. Starten Sie den Kiosk jedes Mal damit, oder geben Sie hier einen Schlüssel ein, um ihn in einer mit einer Passphrase des Personals verschlüsselten Datei aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="175" />
        <source>No system keyring: the key will be kept in a file encrypted with a staff passphrase (at least {n} characters), asked each time the kiosk starts. Or start the kiosk with the key in KIOSK_API_KEY.</source>
        <translation>Kein Schlüsselbund: Der Schlüssel wird in einer Datei aufbewahrt, die mit einer Passphrase des Personals (mindestens {n} Zeichen) verschlüsselt ist; sie wird bei jedem Start des Kiosks abgefragt. Oder starten Sie den Kiosk mit dem Schlüssel in KIOSK_API_KEY.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="207" />
        <source>Key &amp;sent as</source>
        <translation>Schlüssel sen&amp;den als</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="211" />
        <source>Join a door nearby…</source>
        <translation>Einem Eingang in der Nähe beitreten…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="241" />
        <source>The URL must start with https://</source>
        <translation>Die URL muss mit https:// beginnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="244" />
        <source>Enter the API key from your WebKasa dashboard.</source>
        <translation>Geben Sie den API-Schlüssel aus Ihrem WebKasa-Dashboard ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="250" />
        <source>Choose a staff passphrase of at least {n} characters.</source>
        <translation>Wählen Sie eine Passphrase des Personals mit mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="254" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="257" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="275" />
        <source>The key was refused. Check it and its scopes (events:read, registrations:read, registrations:write).</source>
        <translation>Der Schlüssel wurde abgelehnt. Prüfen Sie ihn und seine Berechtigungen (events:read, registrations:read, registrations:write).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="278" />
        <source>Cannot reach the server: {why}</source>
        <translation>Server nicht erreichbar: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="280" />
        <source>The server answered with an error: {why}</source>
        <translation>Der Server meldet einen Fehler: {why}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/counts.py" line="14" />
        <source>%n days ago</source>
        <translation><numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/counts.py" line="17" />
        <source>%n conflicts</source>
        <translation><numerusform>%n Konflikt</numerusform><numerusform>%n Konflikte</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/counts.py" line="20" />
        <source>🖨 %n badges waiting</source>
        <translation><numerusform>🖨 %n Namensschild wartet</numerusform><numerusform>🖨 %n Namensschilder warten</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/counts.py" line="23" />
        <source>🖨 %n badges waiting: {why}</source>
        <translation><numerusform>🖨 %n Namensschild wartet: {why}</numerusform><numerusform>🖨 %n Namensschilder warten: {why}</numerusform></translation>
    </message>
</context>
<context>
    <name>DoorCheck</name>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="44" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="45" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="46" />
        <source>Server and event</source>
        <translation>Server und Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="47" />
        <source>Last full download</source>
        <translation>Letzter vollständiger Download</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="48" />
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="49" />
        <source>Clock (server)</source>
        <translation>Uhr (Server)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="50" />
        <source>Clock (other doors)</source>
        <translation>Uhr (andere Türen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="51" />
        <source>Other doors</source>
        <translation>Andere Eingänge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="52" />
        <source>Finding other doors</source>
        <translation>Andere Türen finden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="53" />
        <source>Peer port</source>
        <translation>Port für andere Türen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="54" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="55" />
        <source>Badge printer</source>
        <translation>Drucker für Namensschilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="56" />
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="58" />
        <source>Download the registrations (Sync now).</source>
        <translation>Laden Sie die Anmeldungen herunter (Jetzt synchronisieren).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="61" />
        <source>Key {key} given for this process, stored nowhere</source>
        <translation>Schlüssel {key} nur für diesen Prozess angegeben, nirgends gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="63" />
        <source>Key {key} in the system keyring</source>
        <translation>Schlüssel {key} im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="64" />
        <source>No API key for {url}</source>
        <translation>Kein API-Schlüssel für {url}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="65" />
        <location filename="../../kiosk/ui/door_check.py" line="120" />
        <source>Enter the key on the Connection tab and save.</source>
        <translation>Tragen Sie den Schlüssel im Reiter Verbindung ein und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="67" />
        <source>Key accepted; event “{title}” found</source>
        <translation>Schlüssel angenommen; Veranstaltung „{title}“ gefunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="69" />
        <source>Key accepted; events found: {titles}</source>
        <translation>Schlüssel angenommen; Veranstaltungen gefunden: {titles}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="72" />
        <source>The server refused the key: {why}</source>
        <translation>Der Server hat den Schlüssel abgelehnt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="73" />
        <source>Check the key and its permissions; enter a new one and save.</source>
        <translation>Prüfen Sie den Schlüssel und seine Rechte; tragen Sie einen neuen ein und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="76" />
        <source>Event {event} not found on the server</source>
        <translation>Veranstaltung {event} auf dem Server nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="77" />
        <source>Set up the door again and choose its event.</source>
        <translation>Richten Sie die Tür neu ein und wählen Sie ihre Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="79" />
        <source>Cannot reach the server: {why}</source>
        <translation>Server nicht erreichbar: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="80" />
        <source>Check the network; check-ins work offline and upload later.</source>
        <translation>Prüfen Sie das Netzwerk; der Einlass funktioniert offline und lädt später hoch.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="82" />
        <source>Never fully downloaded: the door may not know every registration</source>
        <translation>Nie vollständig heruntergeladen: die Tür kennt vielleicht nicht jede Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="84" />
        <location filename="../../kiosk/ui/door_check.py" line="86" />
        <source>Last full download {minutes} min ago</source>
        <translation>Letzter vollständiger Download vor {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="87" />
        <source>None seen (fine for a single door)</source>
        <translation>Keine gesehen (in Ordnung bei nur einer Tür)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="89" />
        <source>{what} gives pictures ({size})</source>
        <translation>{what} liefert Bilder ({size})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="90" />
        <source>In use by this door and giving pictures</source>
        <translation>Von dieser Tür benutzt und liefert Bilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="93" />
        <source>In use by this door, but no picture yet</source>
        <translation>Von dieser Tür benutzt, aber noch kein Bild</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="94" />
        <source>Look at the camera message on the door screen; choose another camera on the Camera tab if it stays dark.</source>
        <translation>Sehen Sie sich die Kamera-Meldung am Einlass-Bildschirm an; wählen Sie im Reiter Kamera eine andere Kamera, wenn das Bild dunkel bleibt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="96" />
        <source>{mb} MB free</source>
        <translation>{mb} MB frei</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="97" />
        <location filename="../../kiosk/ui/door_check.py" line="196" />
        <source>Only {mb} MB free</source>
        <translation>Nur {mb} MB frei</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="98" />
        <source>Free some space before the doors open.</source>
        <translation>Schaffen Sie Platz, bevor der Einlass beginnt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="100" />
        <source>No event chosen</source>
        <translation>Keine Veranstaltung gewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="101" />
        <source>Set up the door and choose its event.</source>
        <translation>Richten Sie die Tür ein und wählen Sie ihre Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="103" />
        <source>The data folder cannot be opened: {why}</source>
        <translation>Der Datenordner lässt sich nicht öffnen: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="104" />
        <source>Run 'kiosk repair' on this door's data folder.</source>
        <translation>Führen Sie „kiosk repair“ für den Datenordner dieser Tür aus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="106" />
        <source>The key file is damaged: {why}</source>
        <translation>Die Schlüsseldatei ist beschädigt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="107" />
        <source>Enter the key again on the Connection tab and save.</source>
        <translation>Tragen Sie den Schlüssel im Reiter Verbindung neu ein und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="109" />
        <source>Key in the passphrase-protected file {where}; staff type the passphrase when the door starts</source>
        <translation>Schlüssel in der passwortgeschützten Datei {where}; das Personal gibt das Passwort beim Start der Tür ein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="113" />
        <source>Key file {where}: {why}</source>
        <translation>Schlüsseldatei {where}: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="114" />
        <source>Set KIOSK_KEY_PASSPHRASE to the staff passphrase.</source>
        <translation>Setzen Sie KIOSK_KEY_PASSPHRASE auf das Passwort des Personals.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="116" />
        <source>Key {key} in the file {where}</source>
        <translation>Schlüssel {key} in der Datei {where}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="119" />
        <source>Not checked: no key at hand</source>
        <translation>Nicht geprüft: kein Schlüssel zur Hand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="122" />
        <source>The server refused: {why}</source>
        <translation>Der Server hat abgelehnt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="125" />
        <source>Not measured yet</source>
        <translation>Noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="128" />
        <source>Off by {seconds} s</source>
        <translation>Weicht um {seconds} s ab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="129" />
        <source>Set this computer's clock (turn on network time).</source>
        <translation>Stellen Sie die Uhr dieses Computers (Netzwerkzeit einschalten).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="131" />
        <source>Within 60 s ({seconds} s)</source>
        <translation>Innerhalb von 60 s ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="134" />
        <source>{n} seen; {behind} entries still to fetch</source>
        <translation>{n} gesehen; {behind} Einträge noch abzuholen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="137" />
        <source>Any free port</source>
        <translation>Ein beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="140" />
        <source>Cannot listen on port {port}: {why}</source>
        <translation>Port {port} lässt sich nicht öffnen: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="141" />
        <source>Check peer_bind and peer_port in the settings.</source>
        <translation>Prüfen Sie peer_bind und peer_port in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="143" />
        <source>Port {port} free for the other doors</source>
        <translation>Port {port} frei für die anderen Türen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="146" />
        <source>Port {port}: this door is running and listening</source>
        <translation>Port {port}: diese Tür läuft und hört zu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="149" />
        <source>Port {port} is in use by another door of this event</source>
        <translation>Port {port} wird von einer anderen Tür dieser Veranstaltung benutzt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="150" />
        <location filename="../../kiosk/ui/door_check.py" line="153" />
        <source>Stop it, or choose another peer_port (the same on every door).</source>
        <translation>Beenden Sie sie, oder wählen Sie einen anderen peer_port (an jeder Tür denselben).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="152" />
        <source>Port {port} is in use by another program</source>
        <translation>Port {port} wird von einem anderen Programm benutzt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="155" />
        <source>Discovery off: the doors link through the peers setting</source>
        <translation>Suche aus: die Türen verbinden sich über die Einstellung peers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="158" />
        <source>Finding doors on the network is not possible here: {why}</source>
        <translation>Türen im Netzwerk finden ist hier nicht möglich: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="159" />
        <location filename="../../kiosk/ui/door_check.py" line="166" />
        <source>List the other doors in the peers setting (host:port).</source>
        <translation>Tragen Sie die anderen Türen in der Einstellung peers ein (host:port).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="161" />
        <source>Other doors of this event heard on the network: {n}</source>
        <translation>Andere Türen dieser Veranstaltung im Netzwerk gehört: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="164" />
        <source>No other door of this event heard on the network (multicast blocked?)</source>
        <translation>Keine andere Tür dieser Veranstaltung im Netzwerk gehört (Multicast gesperrt?)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="168" />
        <source>No other door of this event heard (fine for a single door)</source>
        <translation>Keine andere Tür dieser Veranstaltung gehört (in Ordnung bei nur einer Tür)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="171" />
        <source>The camera {source} does not open: {why}</source>
        <translation>Die Kamera {source} lässt sich nicht öffnen: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="172" />
        <location filename="../../kiosk/ui/door_check.py" line="175" />
        <source>Choose a camera on the Camera tab, or use the USB scanner.</source>
        <translation>Wählen Sie im Reiter Kamera eine Kamera, oder nutzen Sie den USB-Scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="174" />
        <source>{what} opened but gave no picture</source>
        <translation>{what} geöffnet, aber kein Bild</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="177" />
        <source>Badges print on admission, but no badge printer is chosen</source>
        <translation>Namensschilder werden beim Einlass gedruckt, aber kein Drucker ist gewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="178" />
        <source>Choose a badge printer on the Badges tab.</source>
        <translation>Wählen Sie im Reiter Namensschilder einen Drucker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="180" />
        <source>PDF badges go to {folder}</source>
        <translation>PDF-Namensschilder landen in {folder}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="183" />
        <source>Cannot write PDF badges in {folder}</source>
        <translation>PDF-Namensschilder können nicht in {folder} geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="184" />
        <source>Choose a writable folder for the PDF badges.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner für die PDF-Namensschilder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="186" />
        <source>Printer {printer} is ready</source>
        <translation>Drucker {printer} ist bereit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="189" />
        <source>Printer {printer} is stopped or in error</source>
        <translation>Drucker {printer} ist angehalten oder gestört</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="190" />
        <source>Look at the printer (paper, labels, lid) and resume it in the system's printer settings.</source>
        <translation>Sehen Sie nach dem Drucker (Papier, Etiketten, Deckel) und setzen Sie ihn in den Druckereinstellungen des Systems fort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="193" />
        <source>Printer {printer} is not known to the system (known: {known})</source>
        <translation>Drucker {printer} ist dem System nicht bekannt (bekannt: {known})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="194" />
        <source>Connect and add the printer, or choose one of those known on the Badges tab.</source>
        <translation>Schließen Sie den Drucker an und fügen Sie ihn hinzu, oder wählen Sie im Reiter Namensschilder einen bekannten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="197" />
        <source>Free space now: the door stops recording check-ins when the disk is full.</source>
        <translation>Schaffen Sie jetzt Platz: bei voller Festplatte speichert die Tür keine Eincheckvorgänge mehr.</translation>
    </message>
</context>
<context>
    <name>DoorCheckPage</name>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="296" />
        <source>Will this door work today? Checks the key, the server, the last download, the clocks, the other doors, the camera, the badge printer and the disk.</source>
        <translation>Funktioniert diese Tür heute? Prüft den Schlüssel, den Server, den letzten Download, die Uhren, die anderen Türen, die Kamera, den Namensschild-Drucker und den Speicherplatz.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="299" />
        <source>Check this &amp;door</source>
        <translation>Tür &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="300" />
        <source>Check this door</source>
        <translation>Tür prüfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="302" />
        <source>Checking… the door keeps working meanwhile.</source>
        <translation>Prüfe… der Einlass läuft währenddessen weiter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="305" />
        <source>{ok} ok, {warnings} warnings, {problems} problems</source>
        <translation>{ok} in Ordnung, {warnings} Warnungen, {problems} Probleme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="321" />
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="321" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="321" />
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_check.py" line="334" />
        <source>{found}
What to do: {todo}</source>
        <translation>{found}
Was tun: {todo}</translation>
    </message>
</context>
<context>
    <name>DoorModeSwitch</name>
    <message>
        <location filename="../../kiosk/ui/door_mode.py" line="41" />
        <source>Entry</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_mode.py" line="41" />
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_mode.py" line="41" />
        <source>Both ways</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_mode.py" line="44" />
        <source>Door mode: {mode}</source>
        <translation>Türmodus: {mode}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_mode.py" line="45" />
        <source>Which way this door lets people through</source>
        <translation>In welche Richtung diese Tür Leute durchlässt</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="372" />
        <source>Hold your QR code up to the camera</source>
        <translation>Halten Sie Ihren QR-Code vor die Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="425" />
        <source>Type or paste a ticket code, then Enter</source>
        <translation>Ticket-Code eintippen oder einfügen, dann Enter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="426" />
        <source>Ticket code</source>
        <translation>Ticket-Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="427" />
        <source>Mute sounds</source>
        <translation>Töne aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="429" />
        <source>Camera state</source>
        <translation>Kamerastatus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="423" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="424" />
        <source>Staff unlock</source>
        <translation>Entsperren durch Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="334" />
        <source>Could not check this code: {error}</source>
        <translation>Dieser Code konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="351" />
        <source>Camera starting…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="352" />
        <source>Camera on</source>
        <translation>Kamera an</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="353" />
        <source>Camera lost; reconnecting…</source>
        <translation>Kamera getrennt; verbinde neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="366" />
        <source>No camera: use the scanner or ask the staff</source>
        <translation>Keine Kamera: bitte den Scanner nutzen oder das Personal fragen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="367" />
        <source>No camera: use the scanner or search</source>
        <translation>Keine Kamera: Scanner oder Suche verwenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="354" />
        <source>Camera reconnecting…</source>
        <translation>Kamera verbindet neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="355" />
        <source>Video ended</source>
        <translation>Video zu Ende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="356" />
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="375" />
        <source>EXIT: {instruction}</source>
        <translation>AUSGANG: {instruction}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="434" />
        <source>Starting camera…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="459" />
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="459" />
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
</context>
<context>
    <name>DoorsPage</name>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="110" />
        <source>&amp;Invite a door</source>
        <translation>Eingang &amp;einladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="111" />
        <source>Scan only (do not hand over the API key)</source>
        <translation>Nur scannen (API-Schlüssel nicht übergeben)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="112" />
        <location filename="../../kiosk/ui/doors_page.py" line="114" />
        <source>Doors of this event</source>
        <translation>Eingänge dieser Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="113" />
        <source>&amp;Remove the selected door</source>
        <translation>Gewählten Eingang &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="115" />
        <source>Invitation QR code</source>
        <translation>QR-Code der Einladung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="117" />
        <source>This door is not linked with other doors (no API key or peer secret, or its port is taken): it cannot invite one.</source>
        <translation>Dieser Eingang ist mit keinem anderen verbunden (kein API-Schlüssel oder gemeinsames Geheimnis, oder sein Port ist belegt): Er kann keinen einladen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="151" />
        <source>Not done: {error}</source>
        <translation>Nicht erledigt: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="180" />
        <source>A new door joins with this code: 'kiosk join' or "Join a door nearby" in its setup.</source>
        <translation>Ein neuer Eingang tritt mit diesem Code bei: 'kiosk join' oder „Einem Eingang in der Nähe beitreten“ in seiner Einrichtung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="185" />
        <source>The new door has joined.</source>
        <translation>Der neue Eingang ist beigetreten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="187" />
        <source>The invitation expired unused.</source>
        <translation>Die Einladung ist ungenutzt abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="189" />
        <source>A door is joining…</source>
        <translation>Ein Eingang tritt bei…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="191" />
        <source>Valid for {minutes}:{seconds:02d}, for one door</source>
        <translation>Gültig noch {minutes}:{seconds:02d}, für einen Eingang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="209" />
        <source>{name} (removed)</source>
        <translation>{name} (entfernt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="219" />
        <source>Choose a door in the list first.</source>
        <translation>Wählen Sie zuerst einen Eingang in der Liste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/doors_page.py" line="226" />
        <source>Removed: the other doors refuse its check-ins from now on.</source>
        <translation>Entfernt: Die anderen Eingänge lehnen seine Einlässe ab jetzt ab.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="305" />
        <source>Choose the event</source>
        <translation>Veranstaltung wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="306" />
        <source>Upcoming events, with how many are registered.</source>
        <translation>Kommende Veranstaltungen mit Anzahl der Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="307" />
        <source>Select the door's event; tick any more events this door also admits to (a conference and its workshops).</source>
        <translation>Wählen Sie die Veranstaltung dieser Tür; haken Sie weitere an, zu denen diese Tür auch einlässt (eine Konferenz und ihre Workshops).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="309" />
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="333" />
        <source>No upcoming events for this key.</source>
        <translation>Keine kommenden Veranstaltungen für diesen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="115" />
        <source>Hold your QR code up to the camera</source>
        <translation>Halten Sie Ihren QR-Code vor die Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="106" />
        <source>Your ticket is in your confirmation email.</source>
        <translation>Ihr Ticket finden Sie in Ihrer Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="113" />
        <source>Welcome to {event}</source>
        <translation>Willkommen bei {event}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="114" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="83" />
        <source>Join a door nearby</source>
        <translation>Einem Eingang in der Nähe beitreten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="85" />
        <source>On a door of the event, open Settings → Doors and press "Invite a door". Hold its QR code up to this computer's camera, or type the code under it.</source>
        <translation>Öffnen Sie an einem Eingang der Veranstaltung Einstellungen → Eingänge und drücken Sie „Eingang einladen“. Halten Sie dessen QR-Code vor die Kamera dieses Computers oder tippen Sie den Code darunter ab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="87" />
        <source>Invitation &amp;code</source>
        <translation>Einladungs&amp;code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="88" />
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="89" />
        <source>&amp;Scan the QR code with the camera</source>
        <translation>QR-Code mit der Kamera &amp;scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="90" />
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="102" />
        <source>Hold the invitation's QR code up to the camera…</source>
        <translation>Halten Sie den QR-Code der Einladung vor die Kamera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="127" />
        <source>Not an invitation: {why}</source>
        <translation>Keine Einladung: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="133" />
        <source>Joining…</source>
        <translation>Trete bei…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="158" />
        <source>Asking the door at {address}…</source>
        <translation>Frage den Eingang unter {address}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="161" />
        <source>Copying {count} registrations…</source>
        <translation>Kopiere Anmeldungen ({count})…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="168" />
        <source>Joined from {door}. Registrations copied: {count}. Press Finish.</source>
        <translation>Beigetreten über {door}. Kopierte Anmeldungen: {count}. Drücken Sie „Fertigstellen“.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="179" />
        <source>Not joined: {why}</source>
        <translation>Nicht beigetreten: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="186" />
        <source>this is not an invitation code</source>
        <translation>das ist kein Einladungscode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="187" />
        <source>the code has a typo: check it against the other door</source>
        <translation>der Code hat einen Tippfehler: vergleichen Sie ihn mit dem anderen Eingang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="188" />
        <source>the other door runs another version of the kiosk: update both</source>
        <translation>der andere Eingang hat eine andere Kiosk-Version: aktualisieren Sie beide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="189" />
        <source>this invitation was used already: make a new one</source>
        <translation>diese Einladung wurde schon benutzt: erstellen Sie eine neue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="190" />
        <source>this invitation expired: make a new one</source>
        <translation>diese Einladung ist abgelaufen: erstellen Sie eine neue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="191" />
        <source>the door that answered is at another event</source>
        <translation>der antwortende Eingang gehört zu einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="192" />
        <source>no inviting door answered. Is it running, on this network, with its peer port open?</source>
        <translation>kein einladender Eingang hat geantwortet. Läuft er, ist er in diesem Netz, und ist sein Port offen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="194" />
        <source>this computer is a door of an event already</source>
        <translation>dieser Computer ist schon ein Eingang einer Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/join_page.py" line="195" />
        <source>this computer has no keyring for the doors' secret: invite it with the API key (not scan only)</source>
        <translation>dieser Computer hat keinen Schlüsselbund für das Geheimnis der Eingänge: laden Sie ihn mit API-Schlüssel ein (nicht „Nur scannen“)</translation>
    </message>
</context>
<context>
    <name>LetOut</name>
    <message>
        <location filename="../../kiosk/ui/console_actions.py" line="76" />
        <source>Let out</source>
        <translation>Hinauslassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_actions.py" line="77" />
        <source>Let out of the venue</source>
        <translation>Aus der Veranstaltung hinauslassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_actions.py" line="78" />
        <source>of {n} inside</source>
        <translation>von {n} drinnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_actions.py" line="79" />
        <source>Record that they left, without a scan at an exit door</source>
        <translation>Festhalten, dass sie gegangen sind, ohne Scan an einer Ausgangstür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/console_actions.py" line="80" />
        <source>People leaving</source>
        <translation>Gehende Personen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="309" />
        <source>Check-in kiosk</source>
        <translation>Einlass-Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="329" />
        <source>Badge of {name} not printed: {why}</source>
        <translation>Namensschild von {name} nicht gedruckt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="317" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="318" />
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="319" />
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="320" />
        <location filename="../../kiosk/ui/main_window.py" line="414" />
        <source>Self-service mode</source>
        <translation>Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="321" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="308" />
        <source>{event} — check-in</source>
        <translation>{event} — Einlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="334" />
        <source>Badge of {name}: {what}</source>
        <translation>Namensschild von {name}: {what}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="391" />
        <source>Restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="392" />
        <source>The new event or server takes effect when the app starts again.</source>
        <translation>Neue Veranstaltung oder neuer Server gelten nach dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="396" />
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="397" />
        <source>The settings could not be written to the data folder: {why}. They apply until the app closes; free some disk space, then set them again.</source>
        <translation>Die Einstellungen konnten nicht in den Datenordner geschrieben werden: {why}. Sie gelten, bis die App geschlossen wird; schaffen Sie Platz auf dem Datenträger und stellen Sie sie dann erneut ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="415" />
        <source>Self-service mode needs a staff code. After 10 wrong PINs only a scanned staff code unlocks the kiosk, so enter at least one in Settings → Self-service first (a PIN is optional).</source>
        <translation>Die Selbstbedienung braucht einen Personal-Code. Nach 10 falschen PINs entsperrt nur noch ein gescannter Personal-Code den Kiosk; tragen Sie daher zuerst mindestens einen unter Einstellungen → Selbstbedienung ein (eine PIN ist optional).</translation>
    </message>
</context>
<context>
    <name>MovesPage</name>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="289" />
        <source>Entry</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="289" />
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="290" />
        <source>Both ways (inside goes out, outside comes in)</source>
        <translation>Beide Richtungen (wer drin ist, geht hinaus; wer draußen ist, kommt herein)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="293" />
        <source>Let a party that left come in again</source>
        <translation>Eine Gruppe, die gegangen ist, wieder einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="294" />
        <source>Self-service asks how many of a party are here</source>
        <translation>Selbstbedienung fragt, wie viele einer Gruppe da sind</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="295" />
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="296" />
        <source>Door &amp;mode</source>
        <translation>Tür&amp;modus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="297" />
        <location filename="../../kiosk/ui/settings_pages.py" line="300" />
        <source>Most people inside</source>
        <translation>Höchstens drinnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="298" />
        <source>Door mode</source>
        <translation>Türmodus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="299" />
        <source>Allow re-entry</source>
        <translation>Wiedereinlass erlauben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="301" />
        <source>Parties in parts</source>
        <translation>Gruppen in Teilen</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../kiosk/ui/passphrase.py" line="41" />
        <source>Keep the API key in a file</source>
        <translation>API-Schlüssel in einer Datei aufbewahren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/passphrase.py" line="43" />
        <source>No system keyring: the key will be kept in a file encrypted with a staff passphrase (at least {n} characters), asked each time the kiosk starts.</source>
        <translation>Kein Schlüsselbund: Der Schlüssel wird in einer Datei aufbewahrt, die mit einer Passphrase des Personals (mindestens {n} Zeichen) verschlüsselt ist; sie wird bei jedem Start des Kiosks abgefragt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/passphrase.py" line="47" />
        <source>Staff &amp;passphrase</source>
        <translation>&amp;Passphrase des Personals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/passphrase.py" line="48" />
        <source>Staff passphrase</source>
        <translation>Passphrase des Personals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/passphrase.py" line="49" />
        <source>Passphrase &amp;again</source>
        <translation>Passphrase wieder&amp;holen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/passphrase.py" line="50" />
        <source>Staff passphrase again</source>
        <translation>Passphrase des Personals wiederholen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/passphrase.py" line="61" />
        <source>Choose a staff passphrase of at least {n} characters.</source>
        <translation>Wählen Sie eine Passphrase des Personals mit mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/passphrase.py" line="64" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../kiosk/ui/app.py" line="110" />
        <source>Check-in kiosk</source>
        <translation>Einlass-Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/app.py" line="111" />
        <source>Opening the check-in data…</source>
        <translation>Die Einlassdaten werden geöffnet …</translation>
    </message>
</context>
<context>
    <name>PartAdmit</name>
    <message>
        <location filename="../../kiosk/ui/party_count.py" line="125" />
        <source>Admit</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/party_count.py" line="126" />
        <source>of {n}</source>
        <translation>von {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/party_count.py" line="127" />
        <source>Admit part of the party; the rest stay open for a later scan</source>
        <translation>Einen Teil der Gruppe einlassen; der Rest bleibt für einen späteren Scan offen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/party_count.py" line="128" />
        <source>People to admit</source>
        <translation>Einzulassende Personen</translation>
    </message>
</context>
<context>
    <name>PartyQuestion</name>
    <message>
        <location filename="../../kiosk/ui/party_count.py" line="90" />
        <source>How many of you are here?</source>
        <translation>Wie viele von Ihnen sind da?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/party_count.py" line="91" />
        <source>Your ticket is for {n}. The others can come later with the same ticket.</source>
        <translation>Ihr Ticket gilt für {n}. Die anderen können später mit demselben Ticket kommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/party_count.py" line="94" />
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/party_count.py" line="96" />
        <source>%n people</source>
        <translation><numerusform>%n Person</numerusform><numerusform>%n Personen</numerusform></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="717" />
        <source>Unlock the API key</source>
        <translation>API-Schlüssel entsperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="718" />
        <source>This computer has no system keyring: the API key is in a file encrypted with the staff passphrase.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Der API-Schlüssel liegt in einer mit der Passphrase des Personals verschlüsselten Datei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="720" />
        <source>Staff passphrase</source>
        <translation>Passphrase des Personals</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="309" />
        <source>Staff unlock</source>
        <translation>Entsperren durch Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="310" />
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="311" />
        <source>Enter the staff PIN, or scan a staff code.</source>
        <translation>Personal-PIN eingeben oder Personal-Code scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="312" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="313" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="314" />
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="315" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="349" />
        <source>Too many wrong PINs. Scan a staff code to unlock.</source>
        <translation>Zu viele falsche PINs. Zum Entsperren einen Personal-Code scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="351" />
        <source>Wrong PIN. Try again in {s} s.</source>
        <translation>Falsche PIN. Neuer Versuch in {s} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="353" />
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="19" />
        <source>No camera: the video source was not found</source>
        <translation>Keine Kamera: die Videoquelle wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="20" />
        <source>No camera: it is in use or unplugged</source>
        <translation>Keine Kamera: sie ist belegt oder nicht angeschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="21" />
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="26" />
        <source>Detail: {detail}</source>
        <translation>Detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="33" />
        <source>Press “Preview this camera” to see it here</source>
        <translation>Drücken Sie „Kamera-Vorschau“, um sie hier zu sehen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="35" />
        <source>Camera on</source>
        <translation>Kamera an</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="36" />
        <source>Camera lost; reconnecting…</source>
        <translation>Kamera getrennt; verbinde neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="37" />
        <source>Camera reconnecting…</source>
        <translation>Kamera verbindet neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="38" />
        <source>Video ended</source>
        <translation>Video zu Ende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="39" />
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="60" />
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/preview.py" line="34" />
        <location filename="../../kiosk/ui/preview.py" line="54" />
        <source>Starting camera…</source>
        <translation>Kamera startet…</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <location filename="../../kiosk/ui/quit_question.py" line="51" />
        <location filename="../../kiosk/ui/quit_question.py" line="56" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quit_question.py" line="52" />
        <source>Quit the check-in kiosk? This door stops checking people in until it is started again.</source>
        <translation>Den Einlass-Kiosk beenden? Diese Tür lässt dann niemanden mehr ein, bis sie wieder gestartet wird.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quit_question.py" line="56" />
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>RegistrationDetails</name>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="79" />
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="80" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="80" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="80" />
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="80" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="81" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="81" />
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="81" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="81" />
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="82" />
        <source>Badge</source>
        <translation>Namensschild</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="82" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="101" />
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="115" />
        <source>{when} on {device}</source>
        <translation>{when} an {device}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="120" />
        <source>Conflict: {why}</source>
        <translation>Konflikt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="122" />
        <source>Waiting to upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="124" />
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
</context>
<context>
    <name>ScanLog</name>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="48" />
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="49" />
        <source>Already in</source>
        <translation>Schon drin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="50" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="51" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="52" />
        <source>Wrong event</source>
        <translation>Falsche Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="53" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="54" />
        <source>Not a ticket</source>
        <translation>Kein Ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="55" />
        <source>Not recorded</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="56" />
        <source>Undone</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="57" />
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="58" />
        <source>Not open yet</source>
        <translation>Noch nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="59" />
        <source>Rest of party</source>
        <translation>Rest der Gruppe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="60" />
        <source>Re-entry</source>
        <translation>Wiedereinlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="61" />
        <source>Never came in</source>
        <translation>Nie eingelassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="62" />
        <source>Already left</source>
        <translation>Schon gegangen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="63" />
        <source>No re-entry</source>
        <translation>Kein Wiedereinlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="64" />
        <source>Full</source>
        <translation>Voll</translation>
    </message>
</context>
<context>
    <name>ScanLogScreen</name>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="142" />
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="143" />
        <source>Door:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="144" />
        <source>Show scans with this verdict</source>
        <translation>Scans mit diesem Ergebnis anzeigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="145" />
        <source>Show scans at this door</source>
        <translation>Scans an dieser Tür anzeigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="148" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="149" />
        <source>All doors</source>
        <translation>Alle Türen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="150" />
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="151" />
        <source>Export the scan log as CSV</source>
        <translation>Scan-Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="152" />
        <source>Scan log</source>
        <translation>Scan-Protokoll</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="153" />
        <source>Scan log summary</source>
        <translation>Scan-Protokoll – Übersicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="183" />
        <source>The latest {n} scans (export for all)</source>
        <translation>Die letzten {n} Scans (Export für alle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/scan_log_view.py" line="186" />
        <source>%n scans</source>
        <translation><numerusform>%n Scan</numerusform><numerusform>%n Scans</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="203" />
        <source>Export scan log</source>
        <translation>Scan-Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="203" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/scan_log_view.py" line="210" />
        <source>Exported %n scans to {path}</source>
        <translation><numerusform>%n Scan nach {path} exportiert</numerusform><numerusform>%n Scans nach {path} exportiert</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="213" />
        <source>Export failed: {why}</source>
        <translation>Export fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>ScanModel</name>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="75" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="75" />
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="76" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="76" />
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_log_view.py" line="77" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ScanReason</name>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="18" />
        <source>No such registration for this event</source>
        <translation>Keine solche Anmeldung für diese Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="19" />
        <source>This registration no longer exists on the server</source>
        <translation>Diese Anmeldung gibt es auf dem Server nicht mehr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="20" />
        <source>Registered for another event</source>
        <translation>Für eine andere Veranstaltung angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="21" />
        <source>Already checked in at {when} on {where}</source>
        <translation>Schon eingecheckt um {when} an {where}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="22" />
        <source>Already checked in (recorded on the server)</source>
        <translation>Schon eingecheckt (auf dem Server vermerkt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="23" />
        <source>Registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="24" />
        <source>Registration not confirmed yet (payment pending): send to the desk</source>
        <translation>Anmeldung noch nicht bestätigt (Zahlung ausstehend): zum Schalter schicken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="27" />
        <source>Admit {n}</source>
        <translation>{n} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="28" />
        <source>Admit {n}: 1 + 1 guest</source>
        <translation>{n} einlassen: 1 + 1 Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="29" />
        <source>Admit {n}: 1 + {g} guests</source>
        <translation>{n} einlassen: 1 + {g} Gäste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="31" />
        <source>Goodbye</source>
        <translation>Auf Wiedersehen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="32" />
        <source>Welcome back: admit {n}</source>
        <translation>Willkommen zurück: {n} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="33" />
        <source>Admit {k} of {n}</source>
        <translation>{k} von {n} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="34" />
        <source>{i} of {n} in: admit the other {k}</source>
        <translation>{i} von {n} drin: die übrigen {k} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="35" />
        <source>{i} of {n} in: admit {k} more</source>
        <translation>{i} von {n} drin: {k} weitere einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="36" />
        <source>Not admitted: this ticket was never checked in</source>
        <translation>Nicht eingelassen: dieses Ticket wurde nie eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="37" />
        <source>Already left: nobody of this party is inside</source>
        <translation>Schon gegangen: niemand dieser Gruppe ist drinnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="38" />
        <source>Already left: this event allows one entry only</source>
        <translation>Schon gegangen: diese Veranstaltung erlaubt nur einen Einlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="39" />
        <source>Full: wait for someone to leave</source>
        <translation>Voll: bitte warten, bis jemand geht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="41" />
        <source>Ticket for another event</source>
        <translation>Ticket für eine andere Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="42" />
        <source>This ticket is for {title}</source>
        <translation>Dieses Ticket ist für {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="43" />
        <source>Doors open at {when}</source>
        <translation>Einlass ab {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="45" />
        <source>Not downloaded yet: the first sync is incomplete. Run a sync, or check the ticket at the desk</source>
        <translation>Noch nicht geladen: der erste Abgleich ist unvollständig. Gleichen Sie ab oder prüfen Sie das Ticket am Schalter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="48" />
        <source>Code too long to be a ticket</source>
        <translation>Code zu lang für ein Ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="49" />
        <source>Empty code</source>
        <translation>Leerer Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="50" />
        <source>Not a ticket code</source>
        <translation>Kein Ticket-Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="51" />
        <source>Unreadable ticket data</source>
        <translation>Unlesbare Ticketdaten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="52" />
        <source>Ticket data holds no registration id</source>
        <translation>Die Ticketdaten enthalten keine Anmelde-ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="53" />
        <source>Unreadable ticket link</source>
        <translation>Unlesbarer Ticket-Link</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="54" />
        <source>Link holds more than one registration id</source>
        <translation>Der Link enthält mehr als eine Anmelde-ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scan_reasons.py" line="55" />
        <source>Link holds no registration id</source>
        <translation>Der Link enthält keine Anmelde-ID</translation>
    </message>
</context>
<context>
    <name>ScreenTabs</name>
    <message>
        <location filename="../../kiosk/ui/screen_tabs.py" line="41" />
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screen_tabs.py" line="42" />
        <source>&amp;Door</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screen_tabs.py" line="42" />
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screen_tabs.py" line="43" />
        <source>&amp;Walk-in</source>
        <translation>&amp;Abendkasse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screen_tabs.py" line="44" />
        <source>A&amp;ttendance</source>
        <translation>A&amp;nwesenheit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screen_tabs.py" line="45" />
        <source>Sc&amp;ans</source>
        <translation>Sc&amp;ans</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screen_tabs.py" line="54" />
        <source>Needs &amp;attention ({n})</source>
        <translation>Zu &amp;klären ({n})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screen_tabs.py" line="55" />
        <source>Needs &amp;attention</source>
        <translation>Zu &amp;klären</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="389" />
        <source>Set staff PIN</source>
        <translation>Personal-PIN festlegen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="391" />
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="391" />
        <source>Repeat PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="390" />
        <source>Self-service mode can only be left with this PIN.</source>
        <translation>Die Selbstbedienung lässt sich nur mit dieser PIN verlassen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="403" />
        <source>Use 4 to 12 digits.</source>
        <translation>4 bis 12 Ziffern verwenden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="405" />
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>SettingDocs</name>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="15" />
        <source>Base URL of the WebKasa API (paths go under /api/v1).</source>
        <translation>Basis-URL der WebKasa-API (die Pfade liegen unter /api/v1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="17" />
        <source>Shown with every check-in ("checked in at Door 2"); the host name when empty.</source>
        <translation>Wird bei jedem Einlass angezeigt („eingelassen an Tür 2“); leer: der Name des Computers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="19" />
        <source>Admit PENDING registrations (awaiting payment) instead of sending them to the desk.</source>
        <translation>Anmeldungen mit ausstehender Zahlung (PENDING) einlassen, statt sie an den Schalter zu schicken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="21" />
        <source>Which way this door lets people through: ``entry``, ``exit`` or ``both`` (a party inside goes out, one outside comes in).</source>
        <translation>In welche Richtung diese Tür Leute durchlässt: ``entry`` (Eingang), ``exit`` (Ausgang) oder ``both`` (eine Gruppe drinnen geht hinaus, eine draußen kommt herein).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="24" />
        <source>A party that left may come in again ("Welcome back"); off: one entry only.</source>
        <translation>Eine Gruppe, die gegangen ist, darf wieder herein („Willkommen zurück“); aus: nur ein Einlass.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="26" />
        <source>Most people inside at once, every door's (a fire-code limit); 0: no limit.</source>
        <translation>Höchstens so viele Personen gleichzeitig drinnen, über alle Türen (Brandschutzgrenze); 0: keine Grenze.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="28" />
        <source>Self-service asks how many of a party are here, and admits that many.</source>
        <translation>Selbstbedienung fragt, wie viele einer Gruppe da sind, und lässt so viele ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="30" />
        <source>Minutes before the event's start the door admits people; earlier, only staff can ("admit anyway"), never self-service.</source>
        <translation>So viele Minuten vor Beginn der Veranstaltung lässt die Tür ein; früher nur das Personal („trotzdem einlassen“), nie im Selbstbedienungsmodus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="33" />
        <source>Camera index, video file, image folder or stream URL.</source>
        <translation>Kameranummer, Videodatei, Bildordner oder Stream-URL.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="35" />
        <source>Requested capture width in pixels.</source>
        <translation>Gewünschte Aufnahmebreite in Pixeln.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="36" />
        <source>Requested capture frame rate.</source>
        <translation>Gewünschte Bildrate der Aufnahme.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="37" />
        <source>Decoder backend: ``zxing`` (default) or ``pyzbar``.</source>
        <translation>Decoder: ``zxing`` (Standard) oder ``pyzbar``.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="39" />
        <source>The same code seen again within this many seconds is the same scan.</source>
        <translation>Derselbe Code, innerhalb so vieler Sekunden noch einmal erkannt, gilt als derselbe Scan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="41" />
        <source>A verdict stays up at least this long before the camera's scan of another code replaces it (that scan waits its turn; typed or USB-scanner codes show at once).</source>
        <translation>So lange bleibt ein Ergebnis mindestens stehen, bevor der Kamera-Scan eines anderen Codes es ersetzt (dieser Scan wartet, bis er an der Reihe ist; eingetippte Codes und Codes vom USB-Scanner erscheinen sofort).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="45" />
        <source>Play a sound for admit and refuse.</source>
        <translation>Bei Einlass und Abweisung einen Ton abspielen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="46" />
        <source>UI language (``en``, ``de``); the system's when empty.</source>
        <translation>Sprache der Oberfläche (``en``, ``de``); leer: die des Systems.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="48" />
        <source>Speak each verdict aloud (spd-say/espeak-ng on Linux, say on macOS, SAPI on Windows).</source>
        <translation>Jedes Ergebnis laut ansagen (spd-say/espeak-ng unter Linux, say unter macOS, SAPI unter Windows).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="50" />
        <source>Large-text mode: bigger type on every screen and verdict.</source>
        <translation>Große Schrift: größere Schrift in jeder Ansicht und bei jedem Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="52" />
        <source>Codes that unlock self-service mode when scanned; self-service needs at least one.</source>
        <translation>Codes, die die Selbstbedienung entsperren, wenn sie gescannt werden; die Selbstbedienung braucht mindestens einen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="55" />
        <source>Badge printer: a system printer's name, or ``pdf:FOLDER`` for PDF files; empty: none.</source>
        <translation>Drucker für Namensschilder: der Name eines Systemdruckers oder ``pdf:ORDNER`` für PDF-Dateien; leer: keiner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="57" />
        <source>Badge label size: ``62x100mm``, ``89x36mm``, ``4x3in`` or ``a6``.</source>
        <translation>Etikettengröße der Namensschilder: ``62x100mm``, ``89x36mm``, ``4x3in`` oder ``a6``.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="59" />
        <source>Print a badge automatically when someone is admitted (once per registration).</source>
        <translation>Beim Einlass automatisch ein Namensschild drucken (einmal pro Anmeldung).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="61" />
        <source>Print a coloured band on the badge when the notes name VIP, Speaker, Staff, Press or Sponsor.</source>
        <translation>Ein farbiges Band auf das Namensschild drucken, wenn die Hinweise VIP, Speaker, Staff, Press oder Sponsor nennen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="64" />
        <source>Put a QR code of the registration on the badge, for scanning at sessions.</source>
        <translation>Einen QR-Code der Anmeldung auf das Namensschild drucken, zum Scannen bei einzelnen Programmpunkten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="66" />
        <source>Seconds between background pulls of the registration list.</source>
        <translation>Sekunden zwischen zwei Abgleichen der Anmeldeliste im Hintergrund.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="68" />
        <source>Seconds between background outbox uploads while something waits.</source>
        <translation>Sekunden zwischen zwei Uploads im Hintergrund, solange etwas wartet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="227" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="233" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="243" />
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="245" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="216" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="303" />
        <source>no key saved</source>
        <translation>kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="245" />
        <source>Saved API key (masked)</source>
        <translation>Gespeicherter API-Schlüssel (verdeckt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="107" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="215" />
        <source>reading the keyring…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="265" />
        <source>Enter a new key to replace the saved one</source>
        <translation>Neuen Schlüssel eingeben, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="246" />
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="237" />
        <source>Entry and exit</source>
        <translation>Ein- und Ausgang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="239" />
        <source>Check this door</source>
        <translation>Tür prüfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="241" />
        <source>Doors</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="246" />
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="247" />
        <source>Events this door admits to</source>
        <translation>Veranstaltungen, zu denen diese Tür einlässt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="248" />
        <source>Sync interval</source>
        <translation>Abgleich-Intervall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="249" />
        <source>Upload interval</source>
        <translation>Upload-Intervall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="256" />
        <source>Doors open before the start (minutes)</source>
        <translation>Einlass vor Beginn (Minuten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="267" />
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="267" />
        <source>Saved key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="268" />
        <source>Replace &amp;key</source>
        <translation>&amp;Schlüssel ersetzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="268" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="269" />
        <source>Admits to</source>
        <translation>Einlass zu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="270" />
        <source>&amp;Device name</source>
        <translation>&amp;Gerätename</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="270" />
        <source>Sync every (s)</source>
        <translation>Abgleich alle (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="271" />
        <source>Upload every (s)</source>
        <translation>Upload alle (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="234" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="234" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="249" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="250" />
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="250" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="273" />
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="251" />
        <source>Decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="284" />
        <source>Look for {name} codes</source>
        <translation>Nach {name}-Codes suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="251" />
        <source>Same-code cooldown</source>
        <translation>Sperrzeit für denselben Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="252" />
        <source>Verdict hold</source>
        <translation>Anzeigedauer des Ergebnisses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="286" />
        <source>&amp;Preview this camera</source>
        <translation>Kamera-&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="272" />
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="272" />
        <source>&amp;Resolution</source>
        <translation>&amp;Auflösung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="273" />
        <source>D&amp;ecoder</source>
        <translation>D&amp;ecoder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="274" />
        <source>Symbologies</source>
        <translation>Code-Arten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="275" />
        <source>Cooldown (s)</source>
        <translation>Sperrzeit (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="275" />
        <source>Verdict hold (s)</source>
        <translation>Anzeigedauer des Ergebnisses (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="277" />
        <source>Doors open (min before)</source>
        <translation>Einlass (Min. vorher)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="287" />
        <source>Admit pending registrations (awaiting payment)</source>
        <translation>Ausstehende Anmeldungen einlassen (Zahlung offen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="253" />
        <source>Admit pending registrations</source>
        <translation>Ausstehende Anmeldungen einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="288" />
        <source>Play sounds</source>
        <translation>Töne abspielen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="254" />
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="288" />
        <source>Speak each verdict aloud</source>
        <translation>Jede Entscheidung ansagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="254" />
        <source>Speak verdicts</source>
        <translation>Entscheidungen ansagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="255" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="289" />
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="255" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="296" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="276" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="235" />
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="293" />
        <source>Set staff &amp;PIN…</source>
        <translation>Personal-&amp;PIN festlegen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="257" />
        <source>Staff codes</source>
        <translation>Personal-Codes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="279" />
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="280" />
        <source>Staff &amp;codes (comma separated)</source>
        <translation>Personal-&amp;Codes (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="238" />
        <source>Self-service</source>
        <translation>Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="307" />
        <source>keyring unavailable: {why}</source>
        <translation>Schlüsselbund nicht verfügbar: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="311" />
        <source>set</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="311" />
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="347" />
        <source>A staff PIN needs at least one staff code: after 10 wrong PINs only a scanned staff code unlocks self-service mode. Enter one, then save.</source>
        <translation>Eine Personal-PIN braucht mindestens einen Personal-Code: Nach 10 falschen PINs entsperrt nur noch ein gescannter Personal-Code die Selbstbedienung. Geben Sie einen ein und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="401" />
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="420" />
        <source>The settings were not saved: {why}. Nothing has changed; free some disk space or check the data folder, then save again.</source>
        <translation>Die Einstellungen wurden nicht gespeichert: {why}. Nichts wurde geändert; schaffen Sie Platz auf dem Datenträger oder prüfen Sie den Datenordner und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="290" />
        <source>Print a badge when someone is admitted</source>
        <translation>Beim Einlass ein Namensschild drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="258" />
        <source>Print badges on admit</source>
        <translation>Namensschilder beim Einlass drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="259" />
        <source>Badge printer</source>
        <translation>Drucker für Namensschilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="260" />
        <source>Label size</source>
        <translation>Etikettengröße</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="291" />
        <source>Notes as a coloured band</source>
        <translation>Hinweise als farbiges Band</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="261" />
        <source>Notes band</source>
        <translation>Hinweisband</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="292" />
        <source>QR code of the registration</source>
        <translation>QR-Code der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="262" />
        <source>QR code on badges</source>
        <translation>QR-Code auf Namensschildern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="278" />
        <source>&amp;Printer</source>
        <translation>&amp;Drucker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="279" />
        <source>Label &amp;size</source>
        <translation>Etiketten&amp;größe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="236" />
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="216" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="359" />
        <source>saving the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="69" />
        <source>{n} registered</source>
        <translation>{n} angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="558" />
        <source>Set up the check-in kiosk</source>
        <translation>Einlass-Kiosk einrichten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="626" />
        <source>Nothing is saved: the setup starts again next time the app opens.</source>
        <translation>Nichts wurde gespeichert: Die Einrichtung beginnt beim nächsten Start der App von vorn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="628" />
        <source>The key and the event are saved: the app opens with them next time and finishes the first sync then.</source>
        <translation>Schlüssel und Veranstaltung sind gespeichert: Die App öffnet beim nächsten Start damit und beendet dann den ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="631" />
        <source>Leave the setup?</source>
        <translation>Einrichtung verlassen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="633" />
        <source>&amp;Leave the setup</source>
        <translation>Einrichtung &amp;verlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="634" />
        <source>&amp;Continue the setup</source>
        <translation>Einrichtung &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="153" />
        <source>Search name, email or phone…</source>
        <translation>Name, E-Mail oder Telefon suchen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="154" />
        <source>Search registrations</source>
        <translation>Anmeldungen suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="156" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="156" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="156" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="156" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="157" />
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="157" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="159" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="160" />
        <source>Result count</source>
        <translation>Trefferzahl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="162" />
        <source>&amp;Check in</source>
        <translation>&amp;Einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="163" />
        <source>Check in the selected registration</source>
        <translation>Ausgewählte Anmeldung einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="164" />
        <source>Admit &amp;pending</source>
        <translation>Aus&amp;stehende einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="165" />
        <source>Admit a pending registration</source>
        <translation>Ausstehende Anmeldung einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="166" />
        <source>&amp;Undo check-in</source>
        <translation>Einlass &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="167" />
        <source>Undo the check-in</source>
        <translation>Einlass zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="168" />
        <source>Print &amp;badge</source>
        <translation>Namensschild &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="170" />
        <source>Print a name badge for the selected registration</source>
        <translation>Ein Namensschild für die gewählte Anmeldung drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="171" />
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="274" />
        <source>{n} found</source>
        <translation>{n} gefunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="275" />
        <source>Type to search</source>
        <translation>Tippen zum Suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="317" />
        <source>Admitting pending registrations is switched off in Settings.</source>
        <translation>Das Einlassen ausstehender Anmeldungen ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="332" />
        <source>Printing the badge of {name}…</source>
        <translation>Namensschild von {name} wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="377" />
        <location filename="../../kiosk/ui/staff_console.py" line="378" />
        <source>Undo check-in</source>
        <translation>Einlass zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="377" />
        <source>Keep checked in</source>
        <translation>Eingecheckt lassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="380" />
        <source>Undo the check-in of {name}? They will no longer count as checked in.</source>
        <translation>Einlass von {name} zurücknehmen? Die Person gilt dann nicht mehr als eingelassen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="403" />
        <source>Check-in undone: {name} is {status} again</source>
        <translation>Einlass zurückgenommen: {name} ist wieder {status}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="22" />
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="23" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="24" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="25" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/registration_details.py" line="41" />
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
        <location filename="../../kiosk/ui/status_bar.py" line="41" />
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="42" />
        <source>pacing requests (rate limited)</source>
        <translation>Anfragen gebremst (Ratenlimit)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="43" />
        <source>API key refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="44" />
        <source>server trouble</source>
        <translation>Störung beim Server</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="57" />
        <source>the server's paging does not move (offset stays at {offset}); stopped with {seen} registrations read</source>
        <translation>die Seitenabfrage des Servers kommt nicht voran (Versatz bleibt bei {offset}); nach {seen} gelesenen Anmeldungen angehalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="60" />
        <source>the server kept saying there is more after {pages} pages (its total of {total} needs {needed}); stopped</source>
        <translation>der Server meldete nach {pages} Seiten immer noch weitere (seine Gesamtzahl {total} braucht {needed}); angehalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="63" />
        <source>the sync deadline passed; stopped with {seen} of {total} registrations read</source>
        <translation>die Frist für den Abgleich ist abgelaufen; nach {seen} von {total} Anmeldungen angehalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="84" />
        <source>{why}
Detail: {detail}</source>
        <translation>{why}
Detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="183" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="184" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="185" />
        <source>People in</source>
        <translation>Personen da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="186" />
        <source>Inside now</source>
        <translation>Jetzt drinnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="187" />
        <source>Uploads waiting</source>
        <translation>Wartende Uploads</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="188" />
        <source>Other doors</source>
        <translation>Andere Eingänge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="189" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="190" />
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="191" />
        <source>Sync warning</source>
        <translation>Warnung der Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="192" />
        <source>Clock warning</source>
        <translation>Uhr-Warnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="193" />
        <source>Badges waiting</source>
        <translation>Wartende Namensschilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="252" />
        <source>No event selected</source>
        <translation>Keine Veranstaltung gewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="254" />
        <source>● Connecting…</source>
        <translation>● Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="257" />
        <source>✔ Online</source>
        <translation>✔ Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="45" />
        <location filename="../../kiosk/ui/status_bar.py" line="49" />
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="46" />
        <source>The network wants a login (captive portal)</source>
        <translation>Das Netzwerk verlangt eine Anmeldung (Captive Portal)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="66" />
        <source>the server's list left out {unseen} of {cached} cached registrations; they are kept until staff confirm the removal (Needs attention, or 'kiosk sync --accept-removals')</source>
        <translation>die Liste des Servers ließ {unseen} von {cached} gespeicherten Anmeldungen aus; sie bleiben, bis das Personal das Entfernen bestätigt (Zu klären, oder 'kiosk sync --accept-removals')</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="261" />
        <source>⚠ OFFLINE: {why}</source>
        <translation>⚠ OFFLINE: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="277" />
        <source>⇄ {n} doors linked, this door pulls</source>
        <translation>⇄ {n} Eingänge verbunden, dieser lädt die Liste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="279" />
        <source>⇄ {n} doors linked, {door} pulls</source>
        <translation>⇄ {n} Eingänge verbunden, {door} lädt die Liste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="282" />
        <source>⇄ {n} doors linked</source>
        <translation>⇄ {n} Eingänge verbunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="284" />
        <source>alone</source>
        <translation>allein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="290" />
        <source>In: {each} = {n} / {slots}</source>
        <translation>Da: {each} = {n} / {slots}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="292" />
        <source>In: {each} = {n}</source>
        <translation>Da: {each} = {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="294" />
        <source>{event}: {n} in</source>
        <translation>{event}: {n} da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="297" />
        <source>In: {n} / {slots}</source>
        <translation>Da: {n} / {slots}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="299" />
        <source>In: {n}</source>
        <translation>Da: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="302" />
        <source>↑ {n} waiting</source>
        <translation>↑ {n} wartend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="302" />
        <source>↑ all sent</source>
        <translation>↑ alles gesendet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="311" />
        <source>Syncing {done} of {total}</source>
        <translation>Synchronisiere {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="313" />
        <source>Syncing {done}</source>
        <translation>Synchronisiere {done}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="316" />
        <source>Synced {age}</source>
        <translation>Abgeglichen {age}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="326" />
        <source>Inside: {n} / {max}</source>
        <translation>Drinnen: {n} / {max}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="327" />
        <source>Inside: {n}</source>
        <translation>Drinnen: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="332" />
        <source>Full: entry waits until someone leaves</source>
        <translation>Voll: Einlass wartet, bis jemand geht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="333" />
        <source>Nearly full</source>
        <translation>Fast voll</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/status_bar.py" line="344" />
        <source>⚠ Clock off by %n min</source>
        <translation><numerusform>⚠ Uhr geht %n Minute falsch</numerusform><numerusform>⚠ Uhr geht %n Minuten falsch</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="346" />
        <source>This computer's clock differs from the server's or the other doors' by {seconds} s. Set it right: every check-in is stamped with it.</source>
        <translation>Die Uhr dieses Computers weicht um {seconds} s von der des Servers oder der anderen Eingänge ab. Stellen Sie sie richtig: Jeder Einlass wird mit ihr gestempelt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="354" />
        <source>⚠ First sync incomplete</source>
        <translation>⚠ Erste Synchronisierung unvollständig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="356" />
        <source>⚠ Sync of {event}: {warning}</source>
        <translation>⚠ Synchronisierung von {event}: {warning}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="360" />
        <source>⚠ Sync: {warning}</source>
        <translation>⚠ Synchronisierung: {warning}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="390" />
        <source>First sync</source>
        <translation>Erster Abgleich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="391" />
        <source>Copying the registrations to this computer, so the door works without a network.</source>
        <translation>Die Anmeldungen werden auf diesen Computer kopiert, damit der Einlass auch ohne Netz funktioniert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="393" />
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="394" />
        <source>&amp;Stop syncing</source>
        <translation>Abgleich &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="405" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="410" />
        <source>Could not save the settings: {why}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="441" />
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="414" />
        <location filename="../../kiosk/ui/setup_wizard.py" line="453" />
        <source>Sync stopped. The app finishes it in the background once it is open.</source>
        <translation>Abgleich angehalten. Die App beendet ihn im Hintergrund, sobald sie geöffnet ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="432" />
        <source>{done} of %n registrations</source>
        <translation><numerusform>{done} von %n Anmeldung</numerusform><numerusform>{done} von %n Anmeldungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="435" />
        <source>%n registrations</source>
        <translation><numerusform>%n Anmeldung</numerusform><numerusform>%n Anmeldungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="446" />
        <source>%n registrations ready. The door works offline from now on.</source>
        <translation><numerusform>%n Anmeldung bereit. Der Einlass funktioniert ab jetzt auch offline.</numerusform><numerusform>%n Anmeldungen bereit. Der Einlass funktioniert ab jetzt auch offline.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="456" />
        <source>Sync failed: {why}. The app retries in the background.</source>
        <translation>Abgleich fehlgeschlagen: {why}. Die App versucht es im Hintergrund erneut.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="66" />
        <location filename="../../kiosk/ui/verdict_view.py" line="76" />
        <source>ADMIT</source>
        <translation>EINLASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="67" />
        <source>ALREADY IN</source>
        <translation>SCHON DRIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="68" />
        <location filename="../../kiosk/ui/verdict_view.py" line="74" />
        <source>SEE THE DESK</source>
        <translation>BITTE ZUR KASSE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="69" />
        <location filename="../../kiosk/ui/verdict_view.py" line="70" />
        <location filename="../../kiosk/ui/verdict_view.py" line="72" />
        <source>NO ENTRY</source>
        <translation>KEIN EINLASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="71" />
        <source>NOT OPEN YET</source>
        <translation>NOCH KEIN EINLASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="73" />
        <source>NOT A TICKET</source>
        <translation>KEIN TICKET</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="77" />
        <source>WELCOME BACK</source>
        <translation>WILLKOMMEN ZURÜCK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="78" />
        <source>GOODBYE</source>
        <translation>AUF WIEDERSEHEN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="79" />
        <source>NOT ADMITTED</source>
        <translation>NICHT EINGELASSEN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="80" />
        <source>ALREADY OUT</source>
        <translation>SCHON DRAUSSEN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="81" />
        <source>NO RE-ENTRY</source>
        <translation>KEIN WIEDEREINLASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="82" />
        <source>FULL</source>
        <translation>VOLL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="90" />
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="92" />
        <source>This ticket was already checked in.</source>
        <translation>Dieses Ticket wurde schon eingelassen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="94" />
        <source>Registration not confirmed yet (awaiting payment).</source>
        <translation>Anmeldung noch nicht bestätigt (Zahlung offen).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="95" />
        <source>This registration was cancelled.</source>
        <translation>Diese Anmeldung wurde storniert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="96" />
        <source>This ticket is for another event.</source>
        <translation>Dieses Ticket gilt für eine andere Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="97" />
        <source>This ticket is not on the list.</source>
        <translation>Dieses Ticket steht nicht auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="98" />
        <source>This code is not a ticket.</source>
        <translation>Dieser Code ist kein Ticket.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="99" />
        <source>The rest of the party.</source>
        <translation>Der Rest der Gruppe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="100" />
        <source>Welcome back!</source>
        <translation>Willkommen zurück!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="101" />
        <source>See you soon.</source>
        <translation>Bis bald.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="103" />
        <source>This ticket was never checked in.</source>
        <translation>Dieses Ticket wurde nie eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="105" />
        <source>Nobody of this party is inside.</source>
        <translation>Niemand aus dieser Gruppe ist drinnen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="107" />
        <source>This event allows one entry only.</source>
        <translation>Diese Veranstaltung erlaubt nur einen Einlass.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="108" />
        <source>Full: wait for someone to leave.</source>
        <translation>Voll: bitte warten, bis jemand geht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="111" />
        <source>This ticket is for {event}.</source>
        <translation>Dieses Ticket gilt für {event}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="114" />
        <source>Welcome to {event}!</source>
        <translation>Willkommen bei {event}!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="117" />
        <source>Doors open at {time}.</source>
        <translation>Einlass ab {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="126" />
        <source>Warning: the event ended at {time}.</source>
        <translation>Achtung: Die Veranstaltung endete um {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="133" />
        <source>Admit {n}</source>
        <translation>{n} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="134" />
        <source>Admit {n}: 1 + 1 guest</source>
        <translation>{n} einlassen: 1 + 1 Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="135" />
        <source>Admit {n}: 1 + {g} guests</source>
        <translation>{n} einlassen: 1 + {g} Gäste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="136" />
        <source>Party of 1</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="137" />
        <source>Party of {n} (1 + 1 guest)</source>
        <translation>{n} Personen (1 + 1 Gast)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="138" />
        <source>Party of {n} (1 + {g} guests)</source>
        <translation>{n} Personen (1 + {g} Gäste)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="169" />
        <source>{k} of {n} leaving</source>
        <translation>{k} von {n} gehen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="171" />
        <source>Admit {n} again</source>
        <translation>{n} wieder einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="175" />
        <source>{i} of {n} in: admit the other {k}</source>
        <translation>{i} von {n} drin: die übrigen {k} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="177" />
        <source>{i} of {n} in: admit {k} more</source>
        <translation>{i} von {n} drin: {k} weitere einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="180" />
        <source>Admit {k} of {n}</source>
        <translation>{k} von {n} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="202" />
        <source>Checked in at {when} on {device}</source>
        <translation>Eingelassen um {when} an {device}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="205" />
        <source>Checked in at {when}</source>
        <translation>Eingelassen um {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="321" />
        <source>Note: {notes}</source>
        <translation>Hinweis: {notes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="325" />
        <source>Admit anyway</source>
        <translation>Trotzdem einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_banner.py" line="54" />
        <source>Show door</source>
        <translation>Zum Einlass</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="113" />
        <source>Register a walk-in</source>
        <translation>Anmeldung an der Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="114" />
        <source>Check in now</source>
        <translation>Gleich einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="115" />
        <source>Places left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="116" />
        <source>Form error</source>
        <translation>Fehler im Formular</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="117" />
        <source>Registration result</source>
        <translation>Ergebnis der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="118" />
        <source>&amp;Register</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="120" />
        <source>E&amp;vent</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="120" />
        <source>Event to register for</source>
        <translation>Veranstaltung der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="121" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="121" />
        <source>Attendee name</source>
        <translation>Name des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="122" />
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="122" />
        <source>Attendee email</source>
        <translation>E-Mail des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="123" />
        <source>&amp;Phone (optional)</source>
        <translation>&amp;Telefon (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="123" />
        <source>Attendee phone</source>
        <translation>Telefon des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="124" />
        <source>&amp;Guests</source>
        <translation>&amp;Begleitung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="124" />
        <source>Number of guests</source>
        <translation>Zahl der Begleitpersonen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="125" />
        <source>N&amp;otes</source>
        <translation>H&amp;inweise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="125" />
        <source>Notes for staff</source>
        <translation>Hinweise fürs Personal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/walk_in.py" line="141" />
        <source>%n places left</source>
        <translation><numerusform>%n Platz frei</numerusform><numerusform>%n Plätze frei</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="188" />
        <source>Registered and checked in: {name}. {party}</source>
        <translation>Angemeldet und eingelassen: {name}. {party}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="191" />
        <source>Registered: {name}</source>
        <translation>Angemeldet: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="215" />
        <source>Event full: {why}</source>
        <translation>Ausgebucht: {why}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="745" />
        <source>Wrong passphrase. Try again.</source>
        <translation>Falsche Passphrase. Bitte erneut versuchen.</translation>
    </message>
</context>
</TS>