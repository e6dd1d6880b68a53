"""A private CUPS server with one cups-pdf queue, started for the print test and stopped after it.

It runs from its own folder (config, spool, logs) and listens only on a Unix socket there, so it never
touches the machine's own CUPS set-up. cups-pdf writes the printed PDF to the folder named by ``Out`` in
/etc/cups/cups-pdf.conf (``${HOME}/PDF`` by default) for the user who printed.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
QUEUE = "screenaid-test"

_CUPSD_CONF = """Listen {root}/cups.sock
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
"""
_FILES_CONF = """ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
User lp
Group lp
SystemGroup root lpadmin
FileDevice No
"""


@dataclass
class PrintQueue:
    root: Path
    process: subprocess.Popen[bytes]

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.root / "cups.sock")}

    def print_pdf(self, pdf: bytes, title: str) -> int:
        """Send PDF bytes on standard input with ``lp``; return the job number."""
        done = subprocess.run(
            ["lp", "-d", QUEUE, "-t", title, "-"], input=pdf, capture_output=True, env=self.env, check=True
        )
        match = re.search(rb"request id is \S+-(\d+)", done.stdout)
        assert match, done.stdout
        return int(match.group(1))

    def wait_for_output(self, job: int, timeout: float = 60) -> Path:
        folder = output_folder()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(folder.glob(f"*job_{job}.pdf")) if folder.is_dir() else []
            if found and _job_finished(self, job):
                return found[0]
            time.sleep(0.2)
        log = self.root / "log" / "error_log"
        details = log.read_text(errors="replace")[-2000:] if log.exists() else "(no error log)"
        raise TimeoutError(f"cups-pdf wrote no output for job {job} in {folder}: {details}")

    def stop(self) -> None:
        subprocess.run(["lpadmin", "-x", QUEUE], env=self.env, check=False, capture_output=True)
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)


def _job_finished(queue: PrintQueue, job: int) -> bool:
    listing = subprocess.run(
        ["lpstat", "-W", "not-completed", "-o", QUEUE], capture_output=True, env=queue.env, check=False
    ).stdout
    return f"{QUEUE}-{job} ".encode() not in listing


def output_folder() -> Path:
    """Where cups-pdf puts files printed by the current user."""
    out = "${HOME}/PDF"
    config = Path("/etc/cups/cups-pdf.conf")
    for line in config.read_text().splitlines() if config.exists() else []:
        if line.startswith("Out "):
            out = line.split(None, 1)[1].strip()
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home))


def start_queue() -> PrintQueue:
    root = Path(tempfile.mkdtemp(prefix="screenaid-cups-"))
    root.chmod(0o755)  # the lp user runs the filters and must reach the spool
    for sub in ("spool/tmp", "cache", "state", "log", "ppd"):
        (root / sub).mkdir(parents=True)
    shutil.chown(root / "spool", group="lp")
    (root / "spool").chmod(0o710)
    shutil.chown(root / "spool" / "tmp", group="lp")
    (root / "spool" / "tmp").chmod(0o1770)
    (root / "cupsd.conf").write_text(_CUPSD_CONF.format(root=root))
    (root / "cups-files.conf").write_text(_FILES_CONF.format(root=root))
    process = subprocess.Popen(
        [CUPSD, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    queue = PrintQueue(root, process)
    socket = root / "cups.sock"
    deadline = time.monotonic() + 15
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            queue.stop()
            raise RuntimeError(f"cupsd did not start (exit code {process.returncode})")
        time.sleep(0.1)
    subprocess.run(
        ["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
        env=queue.env,
        check=True,
        capture_output=True,
    )
    return queue
