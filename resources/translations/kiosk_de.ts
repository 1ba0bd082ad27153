<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendanceScreen</name>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="165" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="166" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="166" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="167" />
        <source>Not yet in</source>
        <translation>Noch nicht da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="167" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="168" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="168" />
        <source>Not uploaded yet</source>
        <translation>Noch nicht hochgeladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="171" />
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="172" />
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="173" />
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="174" />
        <source>Export the attendance list as CSV</source>
        <translation>Anwesenheitsliste als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="175" />
        <source>Attendance summary</source>
        <translation>Anwesenheit – Übersicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="176" />
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="177" />
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/attendance.py" line="209" />
        <source>{shown} shown of {total}; %n people in</source>
        <translation><numerusform>{shown} von {total} angezeigt; %n Person da</numerusform><numerusform>{shown} von {total} angezeigt; %n Personen da</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/attendance.py" line="230" />
        <source>Exported %n rows to {path}</source>
        <translation><numerusform>%n Zeile nach {path} exportiert</numerusform><numerusform>%n Zeilen nach {path} exportiert</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="218" />
        <source>Export attendance</source>
        <translation>Anwesenheit exportieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="218" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="226" />
        <source>Export failed: {why}</source>
        <translation>Export fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="55" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="55" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="56" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="57" />
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="58" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendance.py" line="59" />
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
    <name>BadgePreview</name>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="124" />
        <source>Badge preview</source>
        <translation>Vorschau des Namensschilds</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/badges.py" line="150" />
        <source>+%n guest(s)</source>
        <translation><numerusform>+%n Gast</numerusform><numerusform>+%n Gäste</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="151" />
        <source>Spring Conference</source>
        <translation>Frühjahrskonferenz</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="152" />
        <source>Sat 14 Mar 2026, 09:00</source>
        <translation>Sa., 14. März 2026, 09:00</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/badges.py" line="153" />
        <source>Speaker</source>
        <translation>Referentin</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="261" />
        <source>62 × 100 mm (Brother QL 62 mm roll, cut)</source>
        <translation>62 × 100 mm (Brother-QL-Rolle 62 mm, geschnitten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="262" />
        <source>89 × 36 mm (DYMO 99012 large address)</source>
        <translation>89 × 36 mm (DYMO 99012, große Adressetiketten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="263" />
        <source>4 × 3 in (Zebra / direct thermal 4 in roll)</source>
        <translation>4 × 3 Zoll (Zebra / Thermodirekt-Rolle 4 Zoll)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_pages.py" line="264" />
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
        <location filename="../../kiosk/ui/setup_wizard.py" line="213" />
        <source>Connect to WebKasa</source>
        <translation>Mit WebKasa verbinden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="185" />
        <source>The API key is stored in this computer's keyring, never in a file.</source>
        <translation>Der API-Schlüssel wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="215" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="216" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="217" />
        <source>Saved key {masked} (leave empty to keep it)</source>
        <translation>Gespeicherter Schlüssel {masked} (leer lassen, um ihn zu behalten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="220" />
        <source>How the key is sent</source>
        <translation>Wie der Schlüssel gesendet wird</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="221" />
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="222" />
        <source>Staff passphrase</source>
        <translation>Passphrase des Personals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="223" />
        <source>Staff passphrase again</source>
        <translation>Passphrase des Personals wiederholen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="224" />
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="224" />
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="226" />
        <source>Staff &amp;passphrase</source>
        <translation>&amp;Passphrase des Personals</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="227" />
        <source>Passphrase &amp;again</source>
        <translation>Passphrase wieder&amp;holen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="187" />
        <location filename="../../kiosk/ui/setup_wizard.py" line="249" />
        <source>Looking for this computer's keyring…</source>
        <translation>Suche den Schlüsselbund dieses Computers …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="183" />
        <source>This computer has no system keyring.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="190" />
        <source>No system keyring: the key from KIOSK_API_KEY is used and not stored. Start the kiosk with it set each time, or type a key here to keep it in a file encrypted with a staff passphrase.</source>
        <translation>Kein Schlüsselbund: Der Schlüssel aus KIOSK_API_KEY wird verwendet und nicht gespeichert. Starten Sie den Kiosk jedes Mal damit, oder geben Sie hier einen Schlüssel ein, um ihn in einer mit einer Passphrase des Personals verschlüsselten Datei aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="193" />
        <source>No system keyring: the key will be kept in a file encrypted with a staff passphrase (at least {n} characters), asked each time the kiosk starts. Or start the kiosk with the key in KIOSK_API_KEY.</source>
        <translation>Kein Schlüsselbund: Der Schlüssel wird in einer Datei aufbewahrt, die mit einer Passphrase des Personals (mindestens {n} Zeichen) verschlüsselt ist; sie wird bei jedem Start des Kiosks abgefragt. Oder starten Sie den Kiosk mit dem Schlüssel in KIOSK_API_KEY.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="225" />
        <source>Key &amp;sent as</source>
        <translation>Schlüssel sen&amp;den als</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="255" />
        <source>The URL must start with https://</source>
        <translation>Die URL muss mit https:// beginnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="258" />
        <source>Enter the API key from your WebKasa dashboard.</source>
        <translation>Geben Sie den API-Schlüssel aus Ihrem WebKasa-Dashboard ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="264" />
        <source>Choose a staff passphrase of at least {n} characters.</source>
        <translation>Wählen Sie eine Passphrase des Personals mit mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="268" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="271" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="289" />
        <source>The key was refused. Check it and its scopes (events:read, registrations:read, registrations:write).</source>
        <translation>Der Schlüssel wurde abgelehnt. Prüfen Sie ihn und seine Berechtigungen (events:read, registrations:read, registrations:write).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="292" />
        <source>Cannot reach the server: {why}</source>
        <translation>Server nicht erreichbar: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="294" />
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
    <name>DoorScreen</name>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="311" />
        <source>Hold your QR code up to the camera</source>
        <translation>Halten Sie Ihren QR-Code vor die Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="359" />
        <source>Type or paste a ticket code, then Enter</source>
        <translation>Ticket-Code eintippen oder einfügen, dann Enter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="360" />
        <source>Ticket code</source>
        <translation>Ticket-Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="361" />
        <source>Mute sounds</source>
        <translation>Töne aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="363" />
        <source>Camera state</source>
        <translation>Kamerastatus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="357" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="358" />
        <source>Staff unlock</source>
        <translation>Entsperren durch Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="273" />
        <source>Could not check this code: {error}</source>
        <translation>Dieser Code konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="290" />
        <source>Camera starting…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="291" />
        <source>Camera on</source>
        <translation>Kamera an</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="292" />
        <source>Camera lost; reconnecting…</source>
        <translation>Kamera getrennt; verbinde neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="305" />
        <source>No camera: use the scanner or ask the staff</source>
        <translation>Keine Kamera: bitte den Scanner nutzen oder das Personal fragen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="306" />
        <source>No camera: use the scanner or search</source>
        <translation>Keine Kamera: Scanner oder Suche verwenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="293" />
        <source>Camera reconnecting…</source>
        <translation>Kamera verbindet neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="294" />
        <source>Video ended</source>
        <translation>Video zu Ende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="295" />
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="368" />
        <source>Starting camera…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="390" />
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="390" />
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="314" />
        <source>Choose the event</source>
        <translation>Veranstaltung wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="315" />
        <source>Upcoming events, with how many are registered.</source>
        <translation>Kommende Veranstaltungen mit Anzahl der Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="316" />
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="335" />
        <source>No upcoming events for this key.</source>
        <translation>Keine kommenden Veranstaltungen für diesen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="113" />
        <source>Hold your QR code up to the camera</source>
        <translation>Halten Sie Ihren QR-Code vor die Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="104" />
        <source>Your ticket is in your confirmation email.</source>
        <translation>Ihr Ticket finden Sie in Ihrer Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="111" />
        <source>Welcome to {event}</source>
        <translation>Willkommen bei {event}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_screen.py" line="112" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="301" />
        <source>Check-in kiosk</source>
        <translation>Einlass-Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="324" />
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="325" />
        <source>&amp;Door</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="325" />
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="326" />
        <source>&amp;Walk-in</source>
        <translation>&amp;Abendkasse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="341" />
        <source>Badge of {name} not printed: {why}</source>
        <translation>Namensschild von {name} nicht gedruckt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="355" />
        <source>Needs &amp;attention</source>
        <translation>Zu &amp;klären</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="327" />
        <source>A&amp;ttendance</source>
        <translation>A&amp;nwesenheit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="330" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="331" />
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="332" />
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="333" />
        <location filename="../../kiosk/ui/main_window.py" line="436" />
        <source>Self-service mode</source>
        <translation>Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="334" />
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <location filename="../../kiosk/ui/main_window.py" line="502" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="300" />
        <source>{event} — check-in</source>
        <translation>{event} — Einlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="346" />
        <source>Badge of {name}: {what}</source>
        <translation>Namensschild von {name}: {what}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="354" />
        <source>Needs &amp;attention ({n})</source>
        <translation>Zu &amp;klären ({n})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="413" />
        <source>Restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="414" />
        <source>The new event or server takes effect when the app starts again.</source>
        <translation>Neue Veranstaltung oder neuer Server gelten nach dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="418" />
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="419" />
        <source>The settings could not be written to the data folder: {why}. They apply until the app closes; free some disk space, then set them again.</source>
        <translation>Die Einstellungen konnten nicht in den Datenordner geschrieben werden: {why}. Sie gelten, bis die App geschlossen wird; schaffen Sie Platz auf dem Datenträger und stellen Sie sie dann erneut ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="437" />
        <source>Self-service mode needs a staff code. After 10 wrong PINs only a scanned staff code unlocks the kiosk, so enter at least one in Settings → Self-service first (a PIN is optional).</source>
        <translation>Die Selbstbedienung braucht einen Personal-Code. Nach 10 falschen PINs entsperrt nur noch ein gescannter Personal-Code den Kiosk; tragen Sie daher zuerst mindestens einen unter Einstellungen → Selbstbedienung ein (eine PIN ist optional).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="498" />
        <source>Quit the check-in kiosk? This door stops checking people in until it is started again.</source>
        <translation>Den Einlass-Kiosk beenden? Diese Tür lässt dann niemanden mehr ein, bis sie wieder gestartet wird.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="502" />
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
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
        <location filename="../../kiosk/ui/app.py" line="97" />
        <source>Check-in kiosk</source>
        <translation>Einlass-Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/app.py" line="98" />
        <source>Opening the check-in data…</source>
        <translation>Die Einlassdaten werden geöffnet …</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="693" />
        <source>Unlock the API key</source>
        <translation>API-Schlüssel entsperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="694" />
        <source>This computer has no system keyring: the API key is in a file encrypted with the staff passphrase.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Der API-Schlüssel liegt in einer mit der Passphrase des Personals verschlüsselten Datei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="696" />
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
        <source>Camera index, video file, image folder or stream URL.</source>
        <translation>Kameranummer, Videodatei, Bildordner oder Stream-URL.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="23" />
        <source>Requested capture width in pixels.</source>
        <translation>Gewünschte Aufnahmebreite in Pixeln.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="24" />
        <source>Requested capture frame rate.</source>
        <translation>Gewünschte Bildrate der Aufnahme.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="25" />
        <source>Decoder backend: ``zxing`` (default) or ``pyzbar``.</source>
        <translation>Decoder: ``zxing`` (Standard) oder ``pyzbar``.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="27" />
        <source>The same code seen again within this many seconds is the same scan.</source>
        <translation>Derselbe Code, innerhalb so vieler Sekunden noch einmal erkannt, gilt als derselbe Scan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="29" />
        <source>A verdict stays up at least this long before the camera's scan of another code replaces it (that scan waits its turn; typed or USB-scanner codes show at once).</source>
        <translation>So lange bleibt ein Ergebnis mindestens stehen, bevor der Kamera-Scan eines anderen Codes es ersetzt (dieser Scan wartet, bis er an der Reihe ist; eingetippte Codes und Codes vom USB-Scanner erscheinen sofort).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="33" />
        <source>Play a sound for admit and refuse.</source>
        <translation>Bei Einlass und Abweisung einen Ton abspielen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="34" />
        <source>UI language (``en``, ``de``); the system's when empty.</source>
        <translation>Sprache der Oberfläche (``en``, ``de``); leer: die des Systems.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="36" />
        <source>Speak each verdict aloud (spd-say/espeak-ng on Linux, say on macOS, SAPI on Windows).</source>
        <translation>Jedes Ergebnis laut ansagen (spd-say/espeak-ng unter Linux, say unter macOS, SAPI unter Windows).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="38" />
        <source>Large-text mode: bigger type on every screen and verdict.</source>
        <translation>Große Schrift: größere Schrift in jeder Ansicht und bei jedem Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="40" />
        <source>Codes that unlock self-service mode when scanned; self-service needs at least one.</source>
        <translation>Codes, die die Selbstbedienung entsperren, wenn sie gescannt werden; die Selbstbedienung braucht mindestens einen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="43" />
        <source>Badge printer: a system printer's name, or ``pdf:FOLDER`` for PDF files; empty: none.</source>
        <translation>Drucker für Namensschilder: der Name eines Systemdruckers oder ``pdf:ORDNER`` für PDF-Dateien; leer: keiner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="45" />
        <source>Badge label size: ``62x100mm``, ``89x36mm``, ``4x3in`` or ``a6``.</source>
        <translation>Etikettengröße der Namensschilder: ``62x100mm``, ``89x36mm``, ``4x3in`` oder ``a6``.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="47" />
        <source>Print a badge automatically when someone is admitted (once per registration).</source>
        <translation>Beim Einlass automatisch ein Namensschild drucken (einmal pro Anmeldung).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="49" />
        <source>Print a coloured band on the badge when the notes name VIP, Speaker, Staff, Press or Sponsor.</source>
        <translation>Ein farbiges Band auf das Namensschild drucken, wenn die Hinweise VIP, Speaker, Staff, Press oder Sponsor nennen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="52" />
        <source>Put a QR code of the registration on the badge, for scanning at sessions.</source>
        <translation>Einen QR-Code der Anmeldung auf das Namensschild drucken, zum Scannen bei einzelnen Programmpunkten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="54" />
        <source>Seconds between background pulls of the registration list.</source>
        <translation>Sekunden zwischen zwei Abgleichen der Anmeldeliste im Hintergrund.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setting_docs.py" line="56" />
        <source>Seconds between background outbox uploads while something waits.</source>
        <translation>Sekunden zwischen zwei Uploads im Hintergrund, solange etwas wartet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="194" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="200" />
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="207" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="183" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="260" />
        <source>no key saved</source>
        <translation>kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="207" />
        <source>Saved API key (masked)</source>
        <translation>Gespeicherter API-Schlüssel (verdeckt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="94" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="182" />
        <source>reading the keyring…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="225" />
        <source>Enter a new key to replace the saved one</source>
        <translation>Neuen Schlüssel eingeben, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="208" />
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="208" />
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="209" />
        <source>Sync interval</source>
        <translation>Abgleich-Intervall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="210" />
        <source>Upload interval</source>
        <translation>Upload-Intervall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="227" />
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="227" />
        <source>Saved key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="228" />
        <source>Replace &amp;key</source>
        <translation>&amp;Schlüssel ersetzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="228" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="229" />
        <source>&amp;Device name</source>
        <translation>&amp;Gerätename</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="229" />
        <source>Sync every (s)</source>
        <translation>Abgleich alle (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="230" />
        <source>Upload every (s)</source>
        <translation>Upload alle (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="201" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="201" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="210" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="211" />
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="211" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="232" />
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="212" />
        <source>Decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="241" />
        <source>Look for {name} codes</source>
        <translation>Nach {name}-Codes suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="212" />
        <source>Same-code cooldown</source>
        <translation>Sperrzeit für denselben Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="213" />
        <source>Verdict hold</source>
        <translation>Anzeigedauer des Ergebnisses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="243" />
        <source>&amp;Preview this camera</source>
        <translation>Kamera-&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="231" />
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="231" />
        <source>&amp;Resolution</source>
        <translation>&amp;Auflösung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="232" />
        <source>D&amp;ecoder</source>
        <translation>D&amp;ecoder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="233" />
        <source>Symbologies</source>
        <translation>Code-Arten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="234" />
        <source>Cooldown (s)</source>
        <translation>Sperrzeit (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="234" />
        <source>Verdict hold (s)</source>
        <translation>Anzeigedauer des Ergebnisses (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="244" />
        <source>Admit pending registrations (awaiting payment)</source>
        <translation>Ausstehende Anmeldungen einlassen (Zahlung offen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="214" />
        <source>Admit pending registrations</source>
        <translation>Ausstehende Anmeldungen einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="245" />
        <source>Play sounds</source>
        <translation>Töne abspielen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="215" />
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="245" />
        <source>Speak each verdict aloud</source>
        <translation>Jede Entscheidung ansagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="215" />
        <source>Speak verdicts</source>
        <translation>Entscheidungen ansagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="216" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="246" />
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="216" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="253" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="235" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="202" />
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="250" />
        <source>Set staff &amp;PIN…</source>
        <translation>Personal-&amp;PIN festlegen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="217" />
        <source>Staff codes</source>
        <translation>Personal-Codes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="236" />
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="237" />
        <source>Staff &amp;codes (comma separated)</source>
        <translation>Personal-&amp;Codes (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="204" />
        <source>Self-service</source>
        <translation>Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="264" />
        <source>keyring unavailable: {why}</source>
        <translation>Schlüsselbund nicht verfügbar: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="268" />
        <source>set</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="268" />
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="301" />
        <source>A staff PIN needs at least one staff code: after 10 wrong PINs only a scanned staff code unlocks self-service mode. Enter one, then save.</source>
        <translation>Eine Personal-PIN braucht mindestens einen Personal-Code: Nach 10 falschen PINs entsperrt nur noch ein gescannter Personal-Code die Selbstbedienung. Geben Sie einen ein und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="355" />
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="374" />
        <source>The settings were not saved: {why}. Nothing has changed; free some disk space or check the data folder, then save again.</source>
        <translation>Die Einstellungen wurden nicht gespeichert: {why}. Nichts wurde geändert; schaffen Sie Platz auf dem Datenträger oder prüfen Sie den Datenordner und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="247" />
        <source>Print a badge when someone is admitted</source>
        <translation>Beim Einlass ein Namensschild drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="218" />
        <source>Print badges on admit</source>
        <translation>Namensschilder beim Einlass drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="219" />
        <source>Badge printer</source>
        <translation>Drucker für Namensschilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="220" />
        <source>Label size</source>
        <translation>Etikettengröße</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="248" />
        <source>Notes as a coloured band</source>
        <translation>Hinweise als farbiges Band</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="221" />
        <source>Notes band</source>
        <translation>Hinweisband</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="249" />
        <source>QR code of the registration</source>
        <translation>QR-Code der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="222" />
        <source>QR code on badges</source>
        <translation>QR-Code auf Namensschildern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="235" />
        <source>&amp;Printer</source>
        <translation>&amp;Drucker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="236" />
        <source>Label &amp;size</source>
        <translation>Etiketten&amp;größe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="203" />
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings_dialog.py" line="183" />
        <location filename="../../kiosk/ui/settings_dialog.py" line="313" />
        <source>saving the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="68" />
        <source>{n} registered</source>
        <translation>{n} angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="540" />
        <source>Set up the check-in kiosk</source>
        <translation>Einlass-Kiosk einrichten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="602" />
        <source>Nothing is saved: the setup starts again next time the app opens.</source>
        <translation>Nichts wurde gespeichert: Die Einrichtung beginnt beim nächsten Start der App von vorn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="604" />
        <source>The key and the event are saved: the app opens with them next time and finishes the first sync then.</source>
        <translation>Schlüssel und Veranstaltung sind gespeichert: Die App öffnet beim nächsten Start damit und beendet dann den ersten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="607" />
        <source>Leave the setup?</source>
        <translation>Einrichtung verlassen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="609" />
        <source>&amp;Leave the setup</source>
        <translation>Einrichtung &amp;verlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="610" />
        <source>&amp;Continue the setup</source>
        <translation>Einrichtung &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="192" />
        <source>Search name, email or phone…</source>
        <translation>Name, E-Mail oder Telefon suchen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="193" />
        <source>Search registrations</source>
        <translation>Anmeldungen suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="195" />
        <location filename="../../kiosk/ui/staff_console.py" line="201" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="195" />
        <location filename="../../kiosk/ui/staff_console.py" line="201" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="195" />
        <location filename="../../kiosk/ui/staff_console.py" line="202" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="195" />
        <location filename="../../kiosk/ui/staff_console.py" line="201" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="196" />
        <location filename="../../kiosk/ui/staff_console.py" line="201" />
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="196" />
        <location filename="../../kiosk/ui/staff_console.py" line="202" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="198" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="199" />
        <source>Result count</source>
        <translation>Trefferzahl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="200" />
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="202" />
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="202" />
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="203" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="208" />
        <source>&amp;Check in</source>
        <translation>&amp;Einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="209" />
        <source>Check in the selected registration</source>
        <translation>Ausgewählte Anmeldung einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="210" />
        <source>Admit &amp;pending</source>
        <translation>Aus&amp;stehende einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="211" />
        <source>Admit a pending registration</source>
        <translation>Ausstehende Anmeldung einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="212" />
        <source>&amp;Undo check-in</source>
        <translation>Einlass &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="213" />
        <source>Undo the check-in</source>
        <translation>Einlass zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="214" />
        <source>Print &amp;badge</source>
        <translation>Namensschild &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="216" />
        <source>Print a name badge for the selected registration</source>
        <translation>Ein Namensschild für die gewählte Anmeldung drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="217" />
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="302" />
        <source>{n} found</source>
        <translation>{n} gefunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="303" />
        <source>Type to search</source>
        <translation>Tippen zum Suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="335" />
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="353" />
        <source>{when} on {device}</source>
        <translation>{when} an {device}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="358" />
        <source>Conflict: {why}</source>
        <translation>Konflikt: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="360" />
        <source>Waiting to upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="362" />
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="371" />
        <source>Admitting pending registrations is switched off in Settings.</source>
        <translation>Das Einlassen ausstehender Anmeldungen ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="386" />
        <source>Printing the badge of {name}…</source>
        <translation>Namensschild von {name} wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="431" />
        <location filename="../../kiosk/ui/staff_console.py" line="432" />
        <source>Undo check-in</source>
        <translation>Einlass zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="431" />
        <source>Keep checked in</source>
        <translation>Eingecheckt lassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="434" />
        <source>Undo the check-in of {name}? They will no longer count as checked in.</source>
        <translation>Einlass von {name} zurücknehmen? Die Person gilt dann nicht mehr als eingelassen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="455" />
        <source>Check-in undone: {name} is {status} again</source>
        <translation>Einlass zurückgenommen: {name} ist wieder {status}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="45" />
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="46" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="47" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="48" />
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_console.py" line="64" />
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
        <location filename="../../kiosk/ui/status_bar.py" line="181" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="182" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="183" />
        <source>People in</source>
        <translation>Personen da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="184" />
        <source>Uploads waiting</source>
        <translation>Wartende Uploads</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="185" />
        <source>Other doors</source>
        <translation>Andere Eingänge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="186" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="187" />
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="188" />
        <source>Sync warning</source>
        <translation>Warnung der Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="189" />
        <source>Clock warning</source>
        <translation>Uhr-Warnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="190" />
        <source>Badges waiting</source>
        <translation>Wartende Namensschilder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="245" />
        <source>No event selected</source>
        <translation>Keine Veranstaltung gewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="247" />
        <source>● Connecting…</source>
        <translation>● Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="250" />
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
        <location filename="../../kiosk/ui/status_bar.py" line="254" />
        <source>⚠ OFFLINE: {why}</source>
        <translation>⚠ OFFLINE: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="270" />
        <source>⇄ {n} doors linked, this door pulls</source>
        <translation>⇄ {n} Eingänge verbunden, dieser lädt die Liste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="272" />
        <source>⇄ {n} doors linked, {door} pulls</source>
        <translation>⇄ {n} Eingänge verbunden, {door} lädt die Liste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="275" />
        <source>⇄ {n} doors linked</source>
        <translation>⇄ {n} Eingänge verbunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="277" />
        <source>alone</source>
        <translation>allein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="280" />
        <source>In: {n} / {slots}</source>
        <translation>Da: {n} / {slots}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="282" />
        <source>In: {n}</source>
        <translation>Da: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="284" />
        <source>↑ {n} waiting</source>
        <translation>↑ {n} wartend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="284" />
        <source>↑ all sent</source>
        <translation>↑ alles gesendet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="293" />
        <source>Syncing {done} of {total}</source>
        <translation>Synchronisiere {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="295" />
        <source>Syncing {done}</source>
        <translation>Synchronisiere {done}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="298" />
        <source>Synced {age}</source>
        <translation>Abgeglichen {age}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/status_bar.py" line="312" />
        <source>⚠ Clock off by %n min</source>
        <translation><numerusform>⚠ Uhr geht %n Minute falsch</numerusform><numerusform>⚠ Uhr geht %n Minuten falsch</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="314" />
        <source>This computer's clock differs from the server's or the other doors' by {seconds} s. Set it right: every check-in is stamped with it.</source>
        <translation>Die Uhr dieses Computers weicht um {seconds} s von der des Servers oder der anderen Eingänge ab. Stellen Sie sie richtig: Jeder Einlass wird mit ihr gestempelt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="322" />
        <source>⚠ First sync incomplete</source>
        <translation>⚠ Erste Synchronisierung unvollständig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/status_bar.py" line="324" />
        <source>⚠ Sync: {warning}</source>
        <translation>⚠ Synchronisierung: {warning}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="379" />
        <source>First sync</source>
        <translation>Erster Abgleich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="380" />
        <source>Copying the registrations to this computer, so the door works without a network.</source>
        <translation>Die Anmeldungen werden auf diesen Computer kopiert, damit der Einlass auch ohne Netz funktioniert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="382" />
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="383" />
        <source>&amp;Stop syncing</source>
        <translation>Abgleich &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="394" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="399" />
        <source>Could not save the settings: {why}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="430" />
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="403" />
        <location filename="../../kiosk/ui/setup_wizard.py" line="442" />
        <source>Sync stopped. The app finishes it in the background once it is open.</source>
        <translation>Abgleich angehalten. Die App beendet ihn im Hintergrund, sobald sie geöffnet ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="421" />
        <source>{done} of %n registrations</source>
        <translation><numerusform>{done} von %n Anmeldung</numerusform><numerusform>{done} von %n Anmeldungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="424" />
        <source>%n registrations</source>
        <translation><numerusform>%n Anmeldung</numerusform><numerusform>%n Anmeldungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/setup_wizard.py" line="435" />
        <source>%n registrations ready. The door works offline from now on.</source>
        <translation><numerusform>%n Anmeldung bereit. Der Einlass funktioniert ab jetzt auch offline.</numerusform><numerusform>%n Anmeldungen bereit. Der Einlass funktioniert ab jetzt auch offline.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="445" />
        <source>Sync failed: {why}. The app retries in the background.</source>
        <translation>Abgleich fehlgeschlagen: {why}. Die App versucht es im Hintergrund erneut.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="54" />
        <source>ADMIT</source>
        <translation>EINLASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="55" />
        <source>ALREADY IN</source>
        <translation>SCHON DRIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="56" />
        <location filename="../../kiosk/ui/verdict_view.py" line="61" />
        <source>SEE THE DESK</source>
        <translation>BITTE ZUR KASSE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="57" />
        <location filename="../../kiosk/ui/verdict_view.py" line="58" />
        <location filename="../../kiosk/ui/verdict_view.py" line="59" />
        <source>NO ENTRY</source>
        <translation>KEIN EINLASS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="60" />
        <source>NOT A TICKET</source>
        <translation>KEIN TICKET</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="69" />
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="71" />
        <source>This ticket was already checked in.</source>
        <translation>Dieses Ticket wurde schon eingelassen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="73" />
        <source>Registration not confirmed yet (awaiting payment).</source>
        <translation>Anmeldung noch nicht bestätigt (Zahlung offen).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="74" />
        <source>This registration was cancelled.</source>
        <translation>Diese Anmeldung wurde storniert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="75" />
        <source>This ticket is for another event.</source>
        <translation>Dieses Ticket gilt für eine andere Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="76" />
        <source>This ticket is not on the list.</source>
        <translation>Dieses Ticket steht nicht auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="77" />
        <source>This code is not a ticket.</source>
        <translation>Dieser Code ist kein Ticket.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="85" />
        <source>Admit {n}</source>
        <translation>{n} einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="86" />
        <source>Admit {n}: 1 + 1 guest</source>
        <translation>{n} einlassen: 1 + 1 Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="87" />
        <source>Admit {n}: 1 + {g} guests</source>
        <translation>{n} einlassen: 1 + {g} Gäste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="88" />
        <source>Party of 1</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="89" />
        <source>Party of {n} (1 + 1 guest)</source>
        <translation>{n} Personen (1 + 1 Gast)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="90" />
        <source>Party of {n} (1 + {g} guests)</source>
        <translation>{n} Personen (1 + {g} Gäste)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="120" />
        <source>Checked in at {when} on {device}</source>
        <translation>Eingelassen um {when} an {device}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="123" />
        <source>Checked in at {when}</source>
        <translation>Eingelassen um {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/verdict_view.py" line="229" />
        <source>Note: {notes}</source>
        <translation>Hinweis: {notes}</translation>
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
        <location filename="../../kiosk/ui/walk_in.py" line="105" />
        <source>Register a walk-in</source>
        <translation>Anmeldung an der Tür</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="106" />
        <source>Check in now</source>
        <translation>Gleich einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="107" />
        <source>Places left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="108" />
        <source>Form error</source>
        <translation>Fehler im Formular</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="109" />
        <source>Registration result</source>
        <translation>Ergebnis der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="110" />
        <source>&amp;Register</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="112" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="112" />
        <source>Attendee name</source>
        <translation>Name des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="113" />
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="113" />
        <source>Attendee email</source>
        <translation>E-Mail des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="114" />
        <source>&amp;Phone (optional)</source>
        <translation>&amp;Telefon (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="114" />
        <source>Attendee phone</source>
        <translation>Telefon des Gasts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="115" />
        <source>&amp;Guests</source>
        <translation>&amp;Begleitung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="115" />
        <source>Number of guests</source>
        <translation>Zahl der Begleitpersonen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="116" />
        <source>N&amp;otes</source>
        <translation>H&amp;inweise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="116" />
        <source>Notes for staff</source>
        <translation>Hinweise fürs Personal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/walk_in.py" line="132" />
        <source>%n places left</source>
        <translation><numerusform>%n Platz frei</numerusform><numerusform>%n Plätze frei</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="153" />
        <source>Registered and checked in: {name}. {party}</source>
        <translation>Angemeldet und eingelassen: {name}. {party}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="156" />
        <source>Registered: {name}</source>
        <translation>Angemeldet: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walk_in.py" line="180" />
        <source>Event full: {why}</source>
        <translation>Ausgebucht: {why}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../kiosk/ui/setup_wizard.py" line="721" />
        <source>Wrong passphrase. Try again.</source>
        <translation>Falsche Passphrase. Bitte erneut versuchen.</translation>
    </message>
</context>
</TS>