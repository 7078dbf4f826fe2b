// The form posts to Spring Security's /login; the CSRF token comes from the XSRF-TOKEN cookie.
function cookie(name) {
  const match = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return match ? decodeURIComponent(match.split('=')[1]) : '';
}

async function prepare() {
  if (!cookie('XSRF-TOKEN')) {
    await fetch('/login.html', {credentials: 'same-origin'});
  }
  document.getElementById('csrf').value = cookie('XSRF-TOKEN');
  const params = new URLSearchParams(location.search);
  if (params.has('error')) document.getElementById('message').textContent = 'Wrong user or password.';
  if (params.has('logout')) document.getElementById('message').textContent = 'Logged out.';
}

document.getElementById('login-form').addEventListener('submit', () => {
  document.getElementById('csrf').value = cookie('XSRF-TOKEN');
});
prepare();
