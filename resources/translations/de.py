"""German strings for kiosk_de.ts: ``python resources/translations/de.py`` fills the .ts
written by ``pyside6-lupdate`` and compiles it with ``pyside6-lrelease``. (Translators may
use Qt Linguist on the .ts instead; this file only seeds it.)

A count in a string is written ``%n`` in the source (``self.tr("%n people in", "", n)``) and
its German is a tuple of Qt's numerus forms, singular first: ``("%n Person da", "%n Personen
da")``; Qt picks the form for the number, so German never says "1 Personen"."""
DE = {
'Show': 'Anzeigen', 'Everyone': 'Alle', 'Checked in': 'Eingecheckt', 'Not yet in': 'Noch nicht da',
'Pending': 'Ausstehend', 'Cancelled': 'Storniert', 'Not uploaded yet': 'Noch nicht hochgeladen',
'Filter…': 'Filtern…', 'Filter the list': 'Liste filtern', '&Export CSV…': 'CSV &exportieren…',
'Export the attendance list as CSV': 'Anwesenheitsliste als CSV exportieren',
'Attendance summary': 'Anwesenheit – Übersicht', 'Attendance list': 'Anwesenheitsliste', 'Show:': 'Anzeigen:',
'{shown} shown of {total}; %n people in': ('{shown} von {total} angezeigt; %n Person da',
                                            '{shown} von {total} angezeigt; %n Personen da'),
'Export attendance': 'Anwesenheit exportieren', 'CSV files (*.csv)': 'CSV-Dateien (*.csv)',
'Export failed: {why}': 'Export fehlgeschlagen: {why}', 'Exported %n rows to {path}': ('%n Zeile nach {path} exportiert', '%n Zeilen nach {path} exportiert'),
'Name': 'Name', 'Email': 'E-Mail', 'Phone': 'Telefon', 'Status': 'Status', 'Party': 'Gruppe', 'Device': 'Gerät',
'Needs attention': 'Zu klären',
'Changes the server refused. Nothing here stops the door; settle each when you can.':
    'Änderungen, die der Server abgelehnt hat. Der Einlass läuft weiter; klären Sie jede, sobald Sie können.',
'Conflicts': 'Konflikte', 'What happened and what to do': 'Was passiert ist und was zu tun ist',
'&Retry upload': '&Erneut hochladen', 'Retry the upload': 'Erneut hochladen',
"Accept the server's &version": 'Fassung des &Servers übernehmen',
"Dismiss: accept the server's version": 'Schließen: Fassung des Servers übernehmen',
'&Open registration': 'Anmeldung ö&ffnen', 'Nothing needs attention.': 'Nichts zu klären.',
'check-in or undo': 'Einlass oder Rücknahme', 'walk-in registration': 'Anmeldung an der Tür',
'the {op} was refused: the registration is gone from the server': '{op} abgelehnt: die Anmeldung gibt es auf dem Server nicht mehr',
'the server refused the {op}: {why}': 'der Server hat {op} abgelehnt: {why}',
'the {op} was refused: the API key may not write': '{op} abgelehnt: der API-Schlüssel darf nicht schreiben',
'the {op} could not be uploaded: {why}': '{op} konnte nicht hochgeladen werden: {why}',
"The guest was admitted here but the server no longer knows the registration. Check with the organiser; register them as a walk-in if they should be counted, then accept the server's version.":
    'Der Gast wurde hier eingelassen, aber der Server kennt die Anmeldung nicht mehr. Fragen Sie beim Veranstalter nach; melden Sie den Gast an der Tür an, wenn er gezählt werden soll, und übernehmen Sie dann die Fassung des Servers.',
"The server's record differs (for example the registration was cancelled after it was admitted offline). Talk to the guest or the organiser. Accept the server's version to close this, or retry if the organiser has fixed the record.":
    'Der Server hat einen anderen Stand (zum Beispiel wurde die Anmeldung storniert, nachdem sie offline eingelassen wurde). Sprechen Sie mit dem Gast oder dem Veranstalter. Übernehmen Sie die Fassung des Servers, um den Fall zu schließen, oder laden Sie erneut hoch, wenn der Veranstalter den Eintrag korrigiert hat.',
'Ask the organiser for a key with registrations:write, enter it in Settings, then retry.':
    'Bitten Sie den Veranstalter um einen Schlüssel mit registrations:write, tragen Sie ihn in den Einstellungen ein und laden Sie erneut hoch.',
"Retry the upload; if it fails again, accept the server's version and tell the organiser.":
    'Laden Sie erneut hoch; scheitert es wieder, übernehmen Sie die Fassung des Servers und informieren Sie den Veranstalter.',
'What happened ({when}): {what}\n\nWhat you can do: {todo}': 'Was passiert ist ({when}): {what}\n\nWas Sie tun können: {todo}',
'Connect to WebKasa': 'Mit WebKasa verbinden',
"The API key is stored in this computer's keyring, never in a file.": 'Der API-Schlüssel wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.',
'API URL': 'API-URL', 'API key': 'API-Schlüssel',
'Saved key {masked} (leave empty to keep it)': 'Gespeicherter Schlüssel {masked} (leer lassen, um ihn zu behalten)',
'How the key is sent': 'Wie der Schlüssel gesendet wird', 'Authorization: Bearer': 'Authorization: Bearer',
'API &URL': 'API-&URL', 'API &key': 'API-&Schlüssel', 'Key &sent as': 'Schlüssel sen&den als',
'The URL must start with https://': 'Die URL muss mit https:// beginnen',
'Enter the API key from your WebKasa dashboard.': 'Geben Sie den API-Schlüssel aus Ihrem WebKasa-Dashboard ein.',
'Connecting…': 'Verbinde…',
'The key was refused. Check it and its scopes (events:read, registrations:read, registrations:write).':
    'Der Schlüssel wurde abgelehnt. Prüfen Sie ihn und seine Berechtigungen (events:read, registrations:read, registrations:write).',
'Cannot reach the server: {why}': 'Server nicht erreichbar: {why}',
'The server answered with an error: {why}': 'Der Server meldet einen Fehler: {why}',
'Hold your QR code up to the camera': 'Halten Sie Ihren QR-Code vor die Kamera',
'Type or paste a ticket code, then Enter': 'Ticket-Code eintippen oder einfügen, dann Enter',
'Ticket code': 'Ticket-Code', 'Mute sounds': 'Töne aus', 'Camera state': 'Kamerastatus',
'Staff': 'Personal', 'Staff unlock': 'Entsperren durch Personal',
'Could not check this code: {error}': 'Dieser Code konnte nicht geprüft werden: {error}',
'Camera starting…': 'Kamera startet…', 'Camera on': 'Kamera an',
'Camera lost; the USB scanner still works': 'Kamera verloren; der USB-Scanner funktioniert weiter',
'Camera reconnecting…': 'Kamera verbindet neu…', 'Video ended': 'Video zu Ende', 'Camera off': 'Kamera aus',
'No camera ({detail}); the USB scanner still works': 'Keine Kamera ({detail}); der USB-Scanner funktioniert weiter',
'Sound off': 'Ton aus', 'Sound on': 'Ton an',
'Choose the event': 'Veranstaltung wählen',
'Upcoming events, with how many are registered.': 'Kommende Veranstaltungen mit Anzahl der Anmeldungen.',
'Events': 'Veranstaltungen', 'No upcoming events for this key.': 'Keine kommenden Veranstaltungen für diesen Schlüssel.',
'Your ticket is in your confirmation email.': 'Ihr Ticket finden Sie in Ihrer Bestätigungs-E-Mail.',
'Welcome to {event}': 'Willkommen bei {event}', 'Welcome': 'Willkommen',
'Check-in kiosk': 'Einlass-Kiosk', 'Screens': 'Ansichten', '&Door': '&Tür', '&Search': '&Suche',
'&Walk-in': '&Abendkasse', 'Needs &attention': 'Zu &klären', 'A&ttendance': 'A&nwesenheit',
'Main': 'Haupt', 'Sync now': 'Jetzt abgleichen', 'Settings…': 'Einstellungen…',
'Self-service mode': 'Selbstbedienung', 'Quit': 'Beenden', '{event} — check-in': '{event} — Einlass',
'Needs &attention ({n})': 'Zu &klären ({n})', 'Restart needed': 'Neustart nötig',
'The new event or server takes effect when the app starts again.':
    'Neue Veranstaltung oder neuer Server gelten nach dem nächsten Start.',
'Staff PIN': 'Personal-PIN', 'Enter the staff PIN, or scan a staff code.': 'Personal-PIN eingeben oder Personal-Code scannen.',
'Unlock': 'Entsperren', 'PIN': 'PIN', 'Wrong PIN': 'Falsche PIN', 'Camera preview': 'Kameravorschau',
'Starting camera…': 'Kamera startet…', 'Set staff PIN': 'Personal-PIN festlegen', 'New PIN': 'Neue PIN',
'Repeat PIN': 'PIN wiederholen',
'Self-service mode can only be left with this PIN.': 'Die Selbstbedienung lässt sich nur mit dieser PIN verlassen.',
'Use 4 to 12 digits.': '4 bis 12 Ziffern verwenden.', 'The two PINs differ.': 'Die beiden PINs stimmen nicht überein.',
'Settings': 'Einstellungen', 'Settings sections': 'Einstellungsbereiche', 'no key saved': 'kein Schlüssel gespeichert',
'Saved API key (masked)': 'Gespeicherter API-Schlüssel (verdeckt)',
'Enter a new key to replace the saved one': 'Neuen Schlüssel eingeben, um den gespeicherten zu ersetzen',
'New API key': 'Neuer API-Schlüssel', 'Device name': 'Gerätename', 'Sync interval': 'Abgleich-Intervall',
'Upload interval': 'Upload-Intervall', 'Saved key': 'Gespeicherter Schlüssel', 'Replace &key': '&Schlüssel ersetzen',
'Event': 'Veranstaltung', '&Device name': '&Gerätename', 'Sync every (s)': 'Abgleich alle (s)',
'Upload every (s)': 'Upload alle (s)', 'Connection': 'Verbindung', 'Camera': 'Kamera', 'Resolution': 'Auflösung',
'Frame rate': 'Bildrate', 'Decoder': 'Decoder', 'Look for {name} codes': 'Nach {name}-Codes suchen',
'Same-code cooldown': 'Sperrzeit für denselben Code', '&Preview this camera': 'Kamera-&Vorschau',
'&Camera': '&Kamera', '&Resolution': '&Auflösung', 'D&ecoder': 'D&ecoder', 'Symbologies': 'Code-Arten',
'Cooldown (s)': 'Sperrzeit (s)',
'Admit pending registrations (awaiting payment)': 'Ausstehende Anmeldungen einlassen (Zahlung offen)',
'Admit pending registrations': 'Ausstehende Anmeldungen einlassen', 'Play sounds': 'Töne abspielen',
'Sound': 'Ton', 'Language': 'Sprache', 'System language': 'Systemsprache', '&Language': '&Sprache',
'Door': 'Tür', 'Set staff &PIN…': 'Personal-&PIN festlegen…', 'Staff codes': 'Personal-Codes',
'Staff &codes (comma separated)': 'Personal-&Codes (durch Komma getrennt)', 'Self-service': 'Selbstbedienung',
'set': 'festgelegt', 'not set': 'nicht festgelegt', '{n} registered': '{n} angemeldet',
'Set up the check-in kiosk': 'Einlass-Kiosk einrichten',
'Search name, email or phone…': 'Name, E-Mail oder Telefon suchen…', 'Search registrations': 'Anmeldungen suchen',
'Search results': 'Suchergebnisse', 'Result count': 'Trefferzahl', 'Registration': 'Anmeldung',
'Notes': 'Hinweise', 'Upload': 'Upload', 'Id': 'ID', '&Check in': '&Einlassen',
'Check in the selected registration': 'Ausgewählte Anmeldung einlassen', 'Admit &pending': 'Aus&stehende einlassen',
'Admit a pending registration': 'Ausstehende Anmeldung einlassen', '&Undo check-in': 'Einlass &zurücknehmen',
'Undo the check-in': 'Einlass zurücknehmen', 'Last action': 'Letzte Aktion', '{n} found': '{n} gefunden',
'Type to search': 'Tippen zum Suchen', 'Nothing selected': 'Nichts ausgewählt',
'{n} (1 + {g} guests)': '{n} (1 + {g} Gäste)', '{when} on {device}': '{when} an {device}',
'Conflict: {why}': 'Konflikt: {why}', 'Waiting to upload': 'Wartet auf Upload', 'Up to date': 'Aktuell',
'Admitting pending registrations is switched off in Settings.': 'Das Einlassen ausstehender Anmeldungen ist in den Einstellungen ausgeschaltet.',
'Check-in undone: {name} is {status} again': 'Einlass zurückgenommen: {name} ist wieder {status}',
'never': 'nie', 'just now': 'gerade eben', '{n} min ago': 'vor {n} Min.', '{n} h ago': 'vor {n} Std.',
'%n days ago': ('vor %n Tag', 'vor %n Tagen'), 'People in': 'Personen da', 'Uploads waiting': 'Wartende Uploads',
'Last sync': 'Letzter Abgleich', 'No event selected': 'Keine Veranstaltung gewählt', '● Connecting…': '● Verbinde…',
'✔ Online': '✔ Online', 'no connection': 'keine Verbindung', '⚠ OFFLINE: {why}': '⚠ OFFLINE: {why}',
'In: {n} / {slots}': 'Da: {n} / {slots}', 'In: {n}': 'Da: {n}', '↑ {n} waiting': '↑ {n} wartend',
'↑ all sent': '↑ alles gesendet', '%n conflicts': ('%n Konflikt', '%n Konflikte'), 'Synced {age}': 'Abgeglichen {age}',
'First sync': 'Erster Abgleich',
'Copying the registrations to this computer, so the door works without a network.':
    'Die Anmeldungen werden auf diesen Computer kopiert, damit der Einlass auch ohne Netz funktioniert.',
'Sync progress': 'Fortschritt des Abgleichs', '&Stop syncing': 'Abgleich &anhalten',
'Could not save the settings: {why}': 'Einstellungen konnten nicht gespeichert werden: {why}',
'{done} of %n registrations': ('{done} von %n Anmeldung', '{done} von %n Anmeldungen'), '%n registrations': ('%n Anmeldung', '%n Anmeldungen'),
'Stopping…': 'Halte an…',
'%n registrations ready. The door works offline from now on.': ('%n Anmeldung bereit. Der Einlass funktioniert ab jetzt auch offline.', '%n Anmeldungen bereit. Der Einlass funktioniert ab jetzt auch offline.'),
'Sync stopped. The app finishes it in the background once it is open.': 'Abgleich angehalten. Die App beendet ihn im Hintergrund, sobald sie geöffnet ist.',
'Sync failed: {why}. The app retries in the background.': 'Abgleich fehlgeschlagen: {why}. Die App versucht es im Hintergrund erneut.',
'ADMIT': 'EINLASS', 'ALREADY IN': 'SCHON DRIN', 'SEE THE DESK': 'BITTE ZUR KASSE', 'NO ENTRY': 'KEIN EINLASS',
'NOT A TICKET': 'KEIN TICKET', 'Welcome!': 'Willkommen!',
'This ticket was already checked in.': 'Dieses Ticket wurde schon eingelassen.',
'Registration not confirmed yet (awaiting payment).': 'Anmeldung noch nicht bestätigt (Zahlung offen).',
'This registration was cancelled.': 'Diese Anmeldung wurde storniert.',
'This ticket is for another event.': 'Dieses Ticket gilt für eine andere Veranstaltung.',
'This ticket is not on the list.': 'Dieses Ticket steht nicht auf der Liste.',
'This code is not a ticket.': 'Dieser Code ist kein Ticket.',
'Admit {n}': '{n} einlassen', 'Admit {n}: 1 + 1 guest': '{n} einlassen: 1 + 1 Gast',
'Admit {n}: 1 + {g} guests': '{n} einlassen: 1 + {g} Gäste', 'Party of 1': '1 Person',
'Party of {n} (1 + 1 guest)': '{n} Personen (1 + 1 Gast)', 'Party of {n} (1 + {g} guests)': '{n} Personen (1 + {g} Gäste)',
'Checked in at {when} on {device}': 'Eingelassen um {when} an {device}', 'Checked in at {when}': 'Eingelassen um {when}',
'Note: {notes}': 'Hinweis: {notes}', 'Register a walk-in': 'Anmeldung an der Tür', 'Check in now': 'Gleich einlassen',
'Places left': 'Freie Plätze', 'Form error': 'Fehler im Formular', 'Registration result': 'Ergebnis der Anmeldung',
'&Register': '&Anmelden', '&Name': '&Name', 'Attendee name': 'Name des Gasts', '&Email': '&E-Mail',
'Attendee email': 'E-Mail des Gasts', '&Phone (optional)': '&Telefon (optional)', 'Attendee phone': 'Telefon des Gasts',
'&Guests': '&Begleitung', 'Number of guests': 'Zahl der Begleitpersonen', 'N&otes': 'H&inweise',
'Notes for staff': 'Hinweise fürs Personal', '%n places left': ('%n Platz frei', '%n Plätze frei'),
'Registered and checked in: {name}. {party}': 'Angemeldet und eingelassen: {name}. {party}',
'Registered: {name}': 'Angemeldet: {name}', 'Event full: {why}': 'Ausgebucht: {why}',
'Confirmed': 'Bestätigt',
'walk-in': 'an der Tür',
'Show door': 'Zum Einlass',
'Too many wrong PINs. Scan a staff code to unlock.': 'Zu viele falsche PINs. Zum Entsperren einen Personal-Code scannen.',
'Wrong PIN. Try again in {s} s.': 'Falsche PIN. Neuer Versuch in {s} s.',
'OK': 'OK', 'Delete the last digit': 'Letzte Ziffer löschen',
'Camera lost; reconnecting…': 'Kamera getrennt; verbinde neu…',
'No camera ({detail})': 'Keine Kamera ({detail})',
'No camera: use the scanner or ask the staff': 'Keine Kamera: bitte den Scanner nutzen oder das Personal fragen',
'No camera: use the scanner or search': 'Keine Kamera: Scanner oder Suche verwenden',
'Speak each verdict aloud': 'Jede Entscheidung ansagen',
'Speak verdicts': 'Entscheidungen ansagen',
'Large text': 'Große Schrift',
# issue 9: background keyring reads and sync progress
'reading the keyring…': 'Schlüsselbund wird gelesen…', 'saving the key…': 'Schlüssel wird gespeichert…',
'keyring unavailable: {why}': 'Schlüsselbund nicht verfügbar: {why}',
'Syncing {done} of {total}': 'Synchronisiere {done} von {total}', 'Syncing {done}': 'Synchronisiere {done}',
# issues 10, 11, 12: peers, key file, verdict hold, badges
'Badges waiting to print': 'Namensschilder warten auf den Druck',
'Print &waiting badges': 'Wartende Namensschilder &drucken',
'Check-ins go on. Fix the printer (paper, cable, power, the printer chosen in Settings → Badges), then print the waiting badges: they come out in the order people were admitted.': 'Der Einlass läuft weiter. Beheben Sie das Druckerproblem (Papier, Kabel, Strom, der unter Einstellungen → Namensschilder gewählte Drucker) und drucken Sie dann die wartenden Namensschilder: Sie kommen in der Reihenfolge des Einlasses heraus.',
'double entry: {why}': 'doppelter Einlass: {why}',
'Nothing is lost and the server is told once. If two people came in on one ticket, find the second one with the organiser.': 'Nichts geht verloren, und der Server erfährt es einmal. Sind zwei Personen mit einem Ticket hereingekommen, klären Sie die zweite mit dem Veranstalter.',
'Badge preview': 'Vorschau des Namensschilds',
'🖨 %n badges waiting: {why}': ('🖨 %n Namensschild wartet: {why}', '🖨 %n Namensschilder warten: {why}'),
'🖨 %n badges waiting': ('🖨 %n Namensschild wartet', '🖨 %n Namensschilder warten'),
'Staff passphrase': 'Passphrase des Personals',
'Staff passphrase again': 'Passphrase des Personals wiederholen',
'Staff &passphrase': '&Passphrase des Personals',
'Passphrase &again': 'Passphrase wieder&holen',
'This computer has no system keyring.': 'Dieser Computer hat keinen Schlüsselbund des Systems.',
'No system keyring: the key from KIOSK_API_KEY is used and not stored. Start the kiosk with it set each time, or type a key here to keep it in a file encrypted with a staff passphrase.': 'Kein Schlüsselbund: Der Schlüssel aus KIOSK_API_KEY wird verwendet und nicht gespeichert. Starten Sie den Kiosk jedes Mal damit, oder geben Sie hier einen Schlüssel ein, um ihn in einer mit einer Passphrase des Personals verschlüsselten Datei aufzubewahren.',
'No system keyring: the key will be kept in a file encrypted with a staff passphrase (at least {n} characters), asked each time the kiosk starts. Or start the kiosk with the key in KIOSK_API_KEY.': 'Kein Schlüsselbund: Der Schlüssel wird in einer Datei aufbewahrt, die mit einer Passphrase des Personals (mindestens {n} Zeichen) verschlüsselt ist; sie wird bei jedem Start des Kiosks abgefragt. Oder starten Sie den Kiosk mit dem Schlüssel in KIOSK_API_KEY.',
'Choose a staff passphrase of at least {n} characters.': 'Wählen Sie eine Passphrase des Personals mit mindestens {n} Zeichen.',
'The two passphrases differ.': 'Die beiden Passphrasen stimmen nicht überein.',
'Badge of {name} not printed: {why}': 'Namensschild von {name} nicht gedruckt: {why}',
'Badge of {name}: {what}': 'Namensschild von {name}: {what}',
'Unlock the API key': 'API-Schlüssel entsperren',
'This computer has no system keyring: the API key is in a file encrypted with the staff passphrase.': 'Dieser Computer hat keinen Schlüsselbund: Der API-Schlüssel liegt in einer mit der Passphrase des Personals verschlüsselten Datei.',
'Verdict hold': 'Anzeigedauer des Ergebnisses',
'Verdict hold (s)': 'Anzeigedauer des Ergebnisses (s)',
'Print a badge when someone is admitted': 'Beim Einlass ein Namensschild drucken',
'Print badges on admit': 'Namensschilder beim Einlass drucken',
'Badge printer': 'Drucker für Namensschilder',
'Label size': 'Etikettengröße',
'Notes as a coloured band': 'Hinweise als farbiges Band',
'Notes band': 'Hinweisband',
'QR code of the registration': 'QR-Code der Anmeldung',
'QR code on badges': 'QR-Code auf Namensschildern',
'&Printer': '&Drucker',
'Label &size': 'Etiketten&größe',
'Badges': 'Namensschilder',
'Print &badge': 'Namensschild &drucken',
'Print a name badge for the selected registration': 'Ein Namensschild für die gewählte Anmeldung drucken',
'Printing the badge of {name}…': 'Namensschild von {name} wird gedruckt…',
'Other doors': 'Andere Eingänge',
'Sync warning': 'Warnung der Synchronisierung',
'Badges waiting': 'Wartende Namensschilder',
'⇄ {n} doors linked': '⇄ {n} Eingänge verbunden',
'⇄ {n} doors linked, this door pulls': '⇄ {n} Eingänge verbunden, dieser lädt die Liste',
'⇄ {n} doors linked, {door} pulls': '⇄ {n} Eingänge verbunden, {door} lädt die Liste',
'alone': 'allein',
'⚠ First sync incomplete': '⚠ Erste Synchronisierung unvollständig',
'⚠ Sync: {warning}': '⚠ Synchronisierung: {warning}',
'Wrong passphrase. Try again.': 'Falsche Passphrase. Bitte erneut versuchen.',
'A staff PIN needs at least one staff code: after 10 wrong PINs only a scanned staff code unlocks self-service mode. Enter one, then save.':
    'Eine Personal-PIN braucht mindestens einen Personal-Code: Nach 10 falschen PINs entsperrt nur noch ein gescannter Personal-Code die Selbstbedienung. Geben Sie einen ein und speichern Sie dann.',
'Self-service mode needs a staff code. After 10 wrong PINs only a scanned staff code unlocks the kiosk, so enter at least one in Settings → Self-service first (a PIN is optional).':
    'Die Selbstbedienung braucht einen Personal-Code. Nach 10 falschen PINs entsperrt nur noch ein gescannter Personal-Code den Kiosk; tragen Sie daher zuerst mindestens einen unter Einstellungen → Selbstbedienung ein (eine PIN ist optional).',
'The server refused this walk-in: the event is full there. Check with the organiser; undo the check-in if the person must leave.':
    'Der Server hat diese Anmeldung an der Tür abgelehnt: Die Veranstaltung ist dort ausgebucht. Fragen Sie beim Veranstalter nach; nehmen Sie den Einlass zurück, wenn die Person gehen muss.',
'The server refused this walk-in ({server}). Correct the details and register again.':
    'Der Server hat diese Anmeldung an der Tür abgelehnt (Antwort des Servers: {server}). Korrigieren Sie die Angaben und melden Sie erneut an.',
'This walk-in was never registered on the server, so its check-in cannot be sent.':
    'Diese Anmeldung an der Tür ist auf dem Server nie angekommen, daher kann ihr Einlass nicht gesendet werden.',
"The registration no longer exists on the server. Check the person's ticket with the organiser.":
    'Die Anmeldung gibt es auf dem Server nicht mehr. Prüfen Sie das Ticket der Person mit dem Veranstalter.',
'The server refused the check-in (the registration may have been cancelled after it was admitted here). Speak to the attendee or the organiser, then dismiss or undo.':
    'Der Server hat den Einlass abgelehnt (die Anmeldung wurde vielleicht storniert, nachdem die Person hier eingelassen wurde). Sprechen Sie mit dem Gast oder dem Veranstalter; schließen Sie den Fall dann oder nehmen Sie den Einlass zurück.',
'The server refused this change: {server}':
    'Der Server hat diese Änderung abgelehnt. Antwort des Servers: {server}',
'Cancelled on the server after it was admitted here: this person was let in from the cached list. Speak to the organiser, then dismiss.':
    'Auf dem Server storniert, nachdem die Person hier eingelassen wurde: Sie wurde anhand der gespeicherten Liste eingelassen. Sprechen Sie mit dem Veranstalter und schließen Sie den Fall dann.',
'Admitted {n} times while the doors could not see each other. The first is the one kept and uploaded.':
    '{n}-mal eingelassen, während die Eingänge einander nicht erreichten. Der erste Einlass zählt und wird hochgeladen.',
'check-in': 'Einlass', 'status change': 'Statusänderung', 'double entry': 'doppelter Einlass',
'{when} at {door}': '{when} ({door})', '{op}: {why}': '{op}: {why}',
'No refused changes.': 'Keine abgelehnten Änderungen.',
# the settings' descriptions (kiosk/ui/setting_docs.py), the Settings dialog's tooltips
'Base URL of the WebKasa API (paths go under /api/v1).': 'Basis-URL der WebKasa-API (die Pfade liegen unter /api/v1).',
'Shown with every check-in ("checked in at Door 2"); the host name when empty.':
    'Wird bei jedem Einlass angezeigt („eingelassen an Tür 2“); leer: der Name des Computers.',
'Admit PENDING registrations (awaiting payment) instead of sending them to the desk.':
    'Anmeldungen mit ausstehender Zahlung (PENDING) einlassen, statt sie an den Schalter zu schicken.',
'Camera index, video file, image folder or stream URL.': 'Kameranummer, Videodatei, Bildordner oder Stream-URL.',
'Requested capture width in pixels.': 'Gewünschte Aufnahmebreite in Pixeln.',
'Requested capture frame rate.': 'Gewünschte Bildrate der Aufnahme.',
'Decoder backend: ``zxing`` (default) or ``pyzbar``.': 'Decoder: ``zxing`` (Standard) oder ``pyzbar``.',
'The same code seen again within this many seconds is the same scan.':
    'Derselbe Code, innerhalb so vieler Sekunden noch einmal erkannt, gilt als derselbe Scan.',
"A verdict stays up at least this long before the camera's scan of another code replaces it (that scan waits its turn; typed or USB-scanner codes show at once).":
    'So lange bleibt ein Ergebnis mindestens stehen, bevor der Kamera-Scan eines anderen Codes es ersetzt (dieser Scan wartet, bis er an der Reihe ist; eingetippte Codes und Codes vom USB-Scanner erscheinen sofort).',
'Play a sound for admit and refuse.': 'Bei Einlass und Abweisung einen Ton abspielen.',
"UI language (``en``, ``de``); the system's when empty.": 'Sprache der Oberfläche (``en``, ``de``); leer: die des Systems.',
'Speak each verdict aloud (spd-say/espeak-ng on Linux, say on macOS, SAPI on Windows).':
    'Jedes Ergebnis laut ansagen (spd-say/espeak-ng unter Linux, say unter macOS, SAPI unter Windows).',
'Large-text mode: bigger type on every screen and verdict.': 'Große Schrift: größere Schrift in jeder Ansicht und bei jedem Ergebnis.',
'Codes that unlock self-service mode when scanned; self-service needs at least one.':
    'Codes, die die Selbstbedienung entsperren, wenn sie gescannt werden; die Selbstbedienung braucht mindestens einen.',
"Badge printer: a system printer's name, or ``pdf:FOLDER`` for PDF files; empty: none.":
    'Drucker für Namensschilder: der Name eines Systemdruckers oder ``pdf:ORDNER`` für PDF-Dateien; leer: keiner.',
'Badge label size: ``62x100mm``, ``89x36mm``, ``4x3in`` or ``a6``.':
    'Etikettengröße der Namensschilder: ``62x100mm``, ``89x36mm``, ``4x3in`` oder ``a6``.',
'Print a badge automatically when someone is admitted (once per registration).':
    'Beim Einlass automatisch ein Namensschild drucken (einmal pro Anmeldung).',
'Print a coloured band on the badge when the notes name VIP, Speaker, Staff, Press or Sponsor.':
    'Ein farbiges Band auf das Namensschild drucken, wenn die Hinweise VIP, Speaker, Staff, Press oder Sponsor nennen.',
'Put a QR code of the registration on the badge, for scanning at sessions.':
    'Einen QR-Code der Anmeldung auf das Namensschild drucken, zum Scannen bei einzelnen Programmpunkten.',
'Seconds between background pulls of the registration list.': 'Sekunden zwischen zwei Abgleichen der Anmeldeliste im Hintergrund.',
'Seconds between background outbox uploads while something waits.':
    'Sekunden zwischen zwei Uploads im Hintergrund, solange etwas wartet.',
"Looking for this computer's keyring…": 'Suche den Schlüsselbund dieses Computers …',
'Opening the check-in data…': 'Die Einlassdaten werden geöffnet …', 'Saving…': 'Wird gespeichert …',
'Settings not saved': 'Einstellungen nicht gespeichert',
'The settings could not be written to the data folder: {why}. They apply until the app closes; free some disk space, then set them again.':
    'Die Einstellungen konnten nicht in den Datenordner geschrieben werden: {why}. Sie gelten, bis die App geschlossen wird; schaffen Sie Platz auf dem Datenträger und stellen Sie sie dann erneut ein.',
'The settings were not saved: {why}. Nothing has changed; free some disk space or check the data folder, then save again.':
    'Die Einstellungen wurden nicht gespeichert: {why}. Nichts wurde geändert; schaffen Sie Platz auf dem Datenträger oder prüfen Sie den Datenordner und speichern Sie dann erneut.',
'Undo check-in': 'Einlass zurücknehmen', 'Keep checked in': 'Eingecheckt lassen',
'Undo the check-in of {name}? They will no longer count as checked in.':
    'Einlass von {name} zurücknehmen? Die Person gilt dann nicht mehr als eingelassen.',
'Quit the check-in kiosk? This door stops checking people in until it is started again.':
    'Den Einlass-Kiosk beenden? Diese Tür lässt dann niemanden mehr ein, bis sie wieder gestartet wird.',
'Keep running': 'Weiterlaufen lassen',
# issue 18: leaving the setup
'Leave the setup?': 'Einrichtung verlassen?',
'Nothing is saved: the setup starts again next time the app opens.':
    'Nichts wurde gespeichert: Die Einrichtung beginnt beim nächsten Start der App von vorn.',
'The key and the event are saved: the app opens with them next time and finishes the first sync then.':
    'Schlüssel und Veranstaltung sind gespeichert: Die App öffnet beim nächsten Start damit und beendet dann den ersten Abgleich.',
'&Leave the setup': 'Einrichtung &verlassen', '&Continue the setup': 'Einrichtung &fortsetzen',
"This undo was not sent: the server changed the registration after this door's check-in (it now says {server}). The server's status stands; speak to the organiser if that is wrong, then dismiss.":
    'Diese Rücknahme wurde nicht gesendet: Der Server hat die Anmeldung nach dem Einlass an diesem Eingang geändert (jetzt: {server}). Der Stand des Servers gilt; sprechen Sie mit dem Veranstalter, falls er falsch ist, und schließen Sie den Fall dann.',
"Nothing to send: the organiser's change stands. Accept the server's version to close this.":
    'Nichts zu senden: Die Änderung des Veranstalters gilt. Übernehmen Sie die Fassung des Servers, um den Fall zu schließen.',
'The last sync would remove %n registrations the server no longer lists. They are kept, since the server may have answered wrongly. Remove them only when the organiser confirms they are gone.': (
    'Die letzte Synchronisierung würde %n Anmeldung entfernen, die der Server nicht mehr aufführt. Sie bleibt erhalten, da der Server falsch geantwortet haben kann. Entfernen Sie sie erst, wenn der Veranstalter bestätigt, dass sie weg ist.',
    'Die letzte Synchronisierung würde %n Anmeldungen entfernen, die der Server nicht mehr aufführt. Sie bleiben erhalten, da der Server falsch geantwortet haben kann. Entfernen Sie sie erst, wenn der Veranstalter bestätigt, dass sie weg sind.'),
'&Remove them': '&Entfernen',
'Remove the registrations the server no longer lists': 'Die Anmeldungen entfernen, die der Server nicht mehr aufführt',
'The network wants a login (captive portal)': 'Das Netzwerk verlangt eine Anmeldung (Captive Portal)',
# issue 18: offline reasons and camera failures by kind (the raw detail is quoted as detail)
'not connected yet': 'noch nicht verbunden', 'pacing requests (rate limited)': 'Anfragen gebremst (Ratenlimit)',
'API key refused': 'API-Schlüssel abgelehnt', 'server trouble': 'Störung beim Server',
'{why}\nDetail: {detail}': '{why}\nDetail: {detail}', 'Detail: {detail}': 'Detail: {detail}',
'No camera: the video source was not found': 'Keine Kamera: die Videoquelle wurde nicht gefunden',
'No camera: it is in use or unplugged': 'Keine Kamera: sie ist belegt oder nicht angeschlossen',
'No camera': 'Keine Kamera',
'Press “Preview this camera” to see it here': 'Drücken Sie „Kamera-Vorschau“, um sie hier zu sehen',
"Changes the server refused, and people admitted at two doors while the doors could not see each other. Nothing here stops the door; settle each when you can.":
    'Änderungen, die der Server abgelehnt hat, und Personen, die an zwei Türen eingelassen wurden, während die Türen einander nicht sahen. Der Einlass läuft weiter; klären Sie jede, sobald Sie können.',
'People admitted at two doors while the doors could not see each other. Nothing here stops the door.':
    'Personen, die an zwei Türen eingelassen wurden, während die Türen einander nicht sahen. Der Einlass läuft weiter.',
'Nothing here stops the door.': 'Nichts hier hält den Einlass auf.',
# the badge preview's sample and the label sizes' names (issue 18)
'+%n guest(s)': ('+%n Gast', '+%n Gäste'), 'Spring Conference': 'Frühjahrskonferenz',
'Sat 14 Mar 2026, 09:00': 'Sa., 14. März 2026, 09:00', 'Speaker': 'Referentin',
'62 × 100 mm (Brother QL 62 mm roll, cut)': '62 × 100 mm (Brother-QL-Rolle 62 mm, geschnitten)',
'89 × 36 mm (DYMO 99012 large address)': '89 × 36 mm (DYMO 99012, große Adressetiketten)',
'4 × 3 in (Zebra / direct thermal 4 in roll)': '4 × 3 Zoll (Zebra / Thermodirekt-Rolle 4 Zoll)',
'A6 (105 × 148 mm, any office printer)': 'A6 (105 × 148 mm, jeder Bürodrucker)',
# sync warnings by kind (issue 18)
"the server's paging does not move (offset stays at {offset}); stopped with {seen} registrations read":
    'die Seitenabfrage des Servers kommt nicht voran (Versatz bleibt bei {offset}); nach {seen} gelesenen Anmeldungen angehalten',
'the server kept saying there is more after {pages} pages (its total of {total} needs {needed}); stopped':
    'der Server meldete nach {pages} Seiten immer noch weitere (seine Gesamtzahl {total} braucht {needed}); angehalten',
'the sync deadline passed; stopped with {seen} of {total} registrations read':
    'die Frist für den Abgleich ist abgelaufen; nach {seen} von {total} Anmeldungen angehalten',
"the server's list left out {unseen} of {cached} cached registrations; they are kept until staff confirm the removal (Needs attention, or 'kiosk sync --accept-removals')":
    "die Liste des Servers ließ {unseen} von {cached} gespeicherten Anmeldungen aus; sie bleiben, bis das Personal das Entfernen bestätigt (Zu klären, oder 'kiosk sync --accept-removals')",
# the key file chosen in Settings when there is no keyring (issue 17)
'Keep the API key in a file': 'API-Schlüssel in einer Datei aufbewahren',
'No system keyring: the key will be kept in a file encrypted with a staff passphrase (at least {n} characters), asked each time the kiosk starts.':
    'Kein Schlüsselbund: Der Schlüssel wird in einer Datei aufbewahrt, die mit einer Passphrase des Personals (mindestens {n} Zeichen) verschlüsselt ist; sie wird bei jedem Start des Kiosks abgefragt.',
# a wrong clock on the strip (issue 19)
'Clock warning': 'Uhr-Warnung',
'⚠ Clock off by %n min': ('⚠ Uhr geht %n Minute falsch', '⚠ Uhr geht %n Minuten falsch'),
"This computer's clock differs from the server's or the other doors' by {seconds} s. Set it right: every check-in is stamped with it.":
    'Die Uhr dieses Computers weicht um {seconds} s von der des Servers oder der anderen Eingänge ab. Stellen Sie sie richtig: Jeder Einlass wird mit ihr gestempelt.',
}

def fill(ts_name: str, table: dict, qm_name: str) -> None:
    """Put ``table``'s translations into the .ts written by lupdate and compile it."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    here = Path(__file__).resolve().parent
    ts = here / ts_name
    tree = ET.parse(ts)
    missing = 0
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in table:
            words = table[source]
            for form in list(translation):
                translation.remove(form)
            if isinstance(words, tuple):  # Qt's plural forms: singular, plural
                # lupdate marks self.tr(..., n) but not QCoreApplication.translate(..., n)
                message.set("numerus", "yes")
                translation.text = None
                for text in words:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = words
            translation.attrib.pop("type", None)
        else:
            missing += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {missing} untranslated")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(here / qm_name)], check=True)


if __name__ == "__main__":
    fill("kiosk_de.ts", DE, "kiosk_de.qm")
