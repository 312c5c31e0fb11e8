export default function Static() {
  return (
    <main>
      <h1>Inloggen</h1>
      <p>Een statische pagina zonder data: wat Remix zelf haalt.</p>
    </main>
  );
}
