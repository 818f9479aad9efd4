#!/bin/bash
# Container health check without curl: GET http://127.0.0.1:PORT/PATH, healthy on HTTP 200.
# usage: healthcheck.sh PORT [PATH]   (PATH defaults to /q/health/ready)
port="${1:?usage: healthcheck.sh PORT [PATH]}"
path="${2:-/q/health/ready}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "${path}" >&3
read -r status_line <&3
[[ "${status_line}" == *" 200 "* ]]
