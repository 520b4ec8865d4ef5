#ifndef DUTYD_CSYSTEMD_SHIM_H
#define DUTYD_CSYSTEMD_SHIM_H
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>

#ifndef SO_PEERCRED
#define SO_PEERCRED 17
#endif
#ifndef SO_PEERGROUPS
#define SO_PEERGROUPS 59
#endif

/// The pid, uid and gid of the process at the other end of a Unix socket (SO_PEERCRED).
static inline int dutyd_peer_credentials(int fd, pid_t *pid, uid_t *uid, gid_t *gid) {
    struct { pid_t pid; uid_t uid; gid_t gid; } credentials; /* struct ucred, without _GNU_SOURCE */
    socklen_t length = sizeof(credentials);
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0) return -1;
    *pid = credentials.pid;
    *uid = credentials.uid;
    *gid = credentials.gid;
    return 0;
}

/// The supplementary groups of the peer process (SO_PEERGROUPS); returns their number or -1.
static inline int dutyd_peer_groups(int fd, gid_t *groups, int capacity) {
    socklen_t length = (socklen_t)(capacity * sizeof(gid_t));
    if (getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups, &length) != 0) return -1;
    return (int)(length / sizeof(gid_t));
}
#endif
