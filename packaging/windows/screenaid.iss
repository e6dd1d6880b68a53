; Inno Setup 6 script: a per-machine ScreenAid installer for Windows.
; BUILT ON WINDOWS ONLY (untested here: this project's CI is one Linux machine). On a Windows build machine:
;   1. py -3.11 -m venv .venv && .venv\Scripts\pip install -e .[bundle]
;   2. .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\screenaid.spec
;      -> dist\ScreenAid\ScreenAid.exe (windowed) and dist\ScreenAid\screenaid-cli.exe (console)
;   3. dist\ScreenAid\screenaid-cli.exe selftest                          (must print "selftest OK")
;   4. "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\screenaid.iss
;      -> dist\ScreenAid-0.1.0-setup.exe ; sign it with signtool before distributing.
;
; What it installs:
;   %ProgramFiles%\ScreenAid\            the bundle (Program Files is read-only for ordinary users)
;   %ProgramData%\ScreenAid\config.toml  the commented example settings, only if no config.toml exists yet;
;                                        kept on upgrade and on uninstall (it is the clinic's)
;   Start menu shortcut "ScreenAid"      for all users
; The ProgramData folder's permissions are replaced, not inherited: Administrators and SYSTEM full control,
; Users read and execute. So ordinary users can read the settings but cannot create or change them.
;
; Silent install for Intune, Configuration Manager or a startup script:
;   ScreenAid-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CONFIG="C:\path\to\config.toml"
; /CONFIG (optional, absolute path) installs that file as %ProgramData%\ScreenAid\config.toml, replacing
; any existing one.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C2B0E-5D0B-4E55-9E0D-3C1B8B7F4A21}
AppName=ScreenAid
AppVersion={#AppVersion}
AppPublisher=ScreenAid maintainers
DefaultDirName={autopf}\ScreenAid
DisableDirPage=yes
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ScreenAid-{#AppVersion}-setup
SetupIconFile=..\icons\screenaid.ico
UninstallDisplayIcon={app}\ScreenAid.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Dirs]
Name: "{commonappdata}\ScreenAid"; Flags: uninsneveruninstall

[Files]
Source: "..\..\dist\ScreenAid\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\config.example.toml"; DestDir: "{commonappdata}\ScreenAid"; DestName: "config.toml"; \
    Flags: onlyifdoesntexist uninsneveruninstall; Check: not ConfigGiven
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\ScreenAid"; DestName: "config.toml"; \
    Flags: external ignoreversion uninsneveruninstall; Check: ConfigGiven

[Icons]
Name: "{autoprograms}\ScreenAid"; Filename: "{app}\ScreenAid.exe"

[Run]
; Well-known SIDs, so this works in every Windows language: S-1-5-18 SYSTEM, S-1-5-32-544 Administrators,
; S-1-5-32-545 Users. (OI)(CI) makes the rule apply to the files inside too.
Filename: "{sys}\icacls.exe"; \
    Parameters: """{commonappdata}\ScreenAid"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; \
    Flags: runhidden waituntilterminated
Filename: "{app}\ScreenAid.exe"; Description: "Open ScreenAid"; Flags: postinstall nowait skipifsilent

[Code]
function ConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:CONFIG}') <> '';
end;
