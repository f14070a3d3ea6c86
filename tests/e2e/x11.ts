import { spawn, execFileSync, type ChildProcess } from 'node:child_process';

/**
 * Extension commands are browser accelerators: only a real key press reaches
 * them (Playwright's keyboard goes to the page). A virtual X display and xdotool
 * give the test that real key press.
 */
export interface Display {
  name: string;
  /** Focuses the browser's window and presses a key chord such as "alt+shift+l". */
  press(chord: string): void;
  close(): void;
}

export function hasX11Tools(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v Xvfb && command -v xdotool'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function startDisplay(): Promise<Display> {
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const number = await new Promise<string>((resolve, reject) => {
    const pipe = xvfb.stdio[3];
    if (!pipe) return reject(new Error('Xvfb gave no display pipe'));
    pipe.once('data', (data: Buffer) => resolve(data.toString().trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });
  const name = `:${number}`;
  const env = { ...process.env, DISPLAY: name };
  return {
    name,
    press(chord) {
      const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env }).toString().trim().split('\n');
      const window = windows.at(-1);
      if (!window) throw new Error('no Chromium window on the virtual display');
      execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
      execFileSync('xdotool', ['key', '--clearmodifiers', chord], { env });
    },
    close: () => void xvfb.kill(),
  };
}
