import { parseDomainList } from './parse-domain-list';

interface Props {
  /** The textarea's id and its `data-setting` hook. */
  name: string;
  label: string;
  rows: number;
  domains: string[];
  onChange: (domains: string[]) => void;
}

/** A list of domains edited as text, one a line; what is typed is parsed into domains. */
export function DomainListField({ name, label, rows, domains, onChange }: Props) {
  return (
    <p>
      <label for={name}>{label}</label><br />
      <textarea id={name} data-setting={name} rows={rows} cols={40} spellcheck={false} value={domains.join('\n')}
        onChange={(event) => onChange(parseDomainList((event.currentTarget as HTMLTextAreaElement).value))} />
    </p>
  );
}
