// User + system CPU time, in clock ticks, from the text of /proc/<pid>/stat.
// The command name (field 2) may hold spaces and parentheses, so fields are
// counted from its closing parenthesis: utime and stime are fields 14, 15.
export const parseProcStatCpuTicks = (stat: string): number => {
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
  // fields[0] is field 3 (state).
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);

  if (!Number.isFinite(utime) || !Number.isFinite(stime)) {
    throw new Error('unreadable /proc/<pid>/stat');
  }

  return utime + stime;
};
